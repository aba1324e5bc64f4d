/**
 * Distributed sweeps on Spark: each run of a sweep is one Spark task that executes the core's one
 * run path ({@code RunExecutor}) in a scratch folder on its executor and ships the folder's files,
 * the results-store row and the metric series back; the driver alone writes the sweep folder
 * ({@code runs/<id>/} and {@code results.db}), once per run, as tasks finish. The engine is
 * registered as the sweep engine "spark".
 *
 * <p>May import: problem, io, io.store, experiment, spark.
 */
package dmf.spark.sweep;
