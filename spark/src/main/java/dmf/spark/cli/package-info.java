/**
 * The {@code dmf spark …} commands, added to the {@code dmf} command line through the core's {@code
 * dmf.cli.CommandPlugin}: picocli wiring only.
 *
 * <p>May import: base, settings, linalg, io.data, ratings, cli, spark, spark.ml.
 */
package dmf.spark.cli;
