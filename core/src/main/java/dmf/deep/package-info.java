/**
 * The deep matrix factorization W = W_N⋯W_1 (Arora et al. 2019): architecture, initialization, the
 * sparse and dense objectives with their factor gradients, the training loop and its settings and
 * results.
 *
 * <p>May import: base, settings, linalg, problem, optim, metrics.
 */
package dmf.deep;
