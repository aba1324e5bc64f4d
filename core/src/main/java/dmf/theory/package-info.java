/**
 * Numerical checks of the theory: Theorem 3 and Lemma 3 along gradient descent, the closed forms of
 * Eq. (11), the commuting-measurement limit (Theorem 2) and the Schatten-p counterexample
 * (Proposition 1), and Theorem 1 of Gunasekar et al.
 *
 * <p>May import: base, linalg, problem, metrics, deep, symmetric, baseline.
 */
package dmf.theory;
