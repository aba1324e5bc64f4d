/**
 * Side-effect-free measurements of matrices and problems: errors against the ground truth,
 * singular-value statistics (nuclear norm, effective rank, Schatten norms), balancedness of factors
 * and the alignment of singular vectors with the gradient.
 *
 * <p>May import: linalg, problem.
 */
package dmf.metrics;
