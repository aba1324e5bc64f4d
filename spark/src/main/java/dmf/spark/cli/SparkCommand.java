package dmf.spark.cli;

import picocli.CommandLine.Command;

/** {@code dmf spark}: dmf on Apache Spark (sweeps run with {@code dmf sweep --engine spark}). */
@Command(
    name = "spark",
    description =
        "dmf on Apache Spark: embedded local[*] by default, or a cluster with --master"
            + " (sweeps: dmf sweep SPEC --engine spark; docs/spark.md).",
    subcommands = {
      SparkInfoCommand.class,
      SparkFitCommand.class,
      SparkEvaluateCommand.class,
      SparkBenchCommand.class,
      SparkCompareCommand.class
    })
final class SparkCommand {}
