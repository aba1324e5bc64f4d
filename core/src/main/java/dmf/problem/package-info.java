/**
 * Matrix recovery problems and the contract every solver shares: completion and sensing instances,
 * their seeded generators, {@code Solver}, {@code SolverResult}, {@code SolveObserver} (with {@code
 * SolveProgress}, its status lines for people) and the per-iteration {@code IterationRecord}.
 *
 * <p>May import: base, settings, linalg.
 */
package dmf.problem;
