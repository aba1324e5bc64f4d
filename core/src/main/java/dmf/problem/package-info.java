/**
 * Matrix recovery problems and the contract every solver shares: completion and sensing instances,
 * their seeded generators, {@code Solver}, {@code SolverResult}, {@code SolveObserver} and the
 * per-iteration {@code IterationRecord}.
 *
 * <p>May import: base, settings, linalg.
 */
package dmf.problem;
