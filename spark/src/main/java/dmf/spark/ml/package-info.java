/**
 * Deep matrix factorization of ratings as a Spark ML estimator ({@link
 * dmf.spark.ml.DeepFactorization}, {@link dmf.spark.ml.DeepFactorizationModel}) with the
 * conventions of MLlib's ALS. Training is data-parallel and full-batch: the residual ratings sit in
 * cached partitions, the factors are broadcast each iteration, each partition computes its gradient
 * columns with the core's serial kernel, a tree aggregation gathers them, and the core's training
 * loop takes the optimizer step on the driver; so the factors are the core's, bit for bit.
 *
 * <p>May import: base, settings, linalg, problem, deep, bench, io.data, ratings, spark.
 */
package dmf.spark.ml;
