/**
 * The symmetric factorization X = UUᵀ of Gunasekar et al. (2017), projected gradient descent on the
 * PSD cone (X_gd) and the SVD-initialized variant, with their step rules and stop tests.
 *
 * <p>May import: base, settings, linalg, problem.
 */
package dmf.symmetric;
