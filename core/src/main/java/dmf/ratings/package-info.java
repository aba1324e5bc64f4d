/**
 * Rating matrices as practitioners meet them: splits of a ratings table (random hold-out, k-fold,
 * per-user, temporal, given files, with a validation part), rating models (the deep factorization
 * on the residuals of user and item offsets, with early stopping; and the baselines: global mean,
 * regularized biases, ALS-WR, sparse SoftImpute), their model folders, predictions,
 * recommendations, and cross-validated leaderboards.
 *
 * <p>May import: base, settings, linalg, problem, metrics, deep, baseline, io, io.npy,
 * io.provenance, io.data, plot.
 */
package dmf.ratings;
