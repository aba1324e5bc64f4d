/**
 * Convex and classical baselines behind the same {@code Solver} contract: the certified minimum-
 * nuclear-norm solver, SoftImpute, singular value thresholding and alternating least squares.
 *
 * <p>May import: base, settings, linalg, problem, metrics.
 */
package dmf.baseline;
