/**
 * Numerical checks of the theory and their reports: Theorem 3 and Lemma 3 along gradient descent,
 * the closed forms of Eq. (11), the commuting-measurement limit (Theorem 2) and the Schatten-p
 * counterexample (Proposition 1), and Theorem 1 of Gunasekar et al. Each report class runs its
 * check, writes report.md (and figures) and returns the lines and verdict.
 *
 * <p>May import: base, linalg, problem, metrics, deep, symmetric, baseline, io, io.provenance,
 * plot.
 */
package dmf.theory;
