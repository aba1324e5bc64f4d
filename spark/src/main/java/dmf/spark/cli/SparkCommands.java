package dmf.spark.cli;

import dmf.cli.CommandPlugin;
import dmf.cli.TableCommand;
import dmf.ratings.RatingsJobs;
import dmf.spark.SparkSettings;
import dmf.spark.ml.SparkBench;
import dmf.spark.ml.SparkRatings;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Adds {@code dmf spark} to the command line (found with {@link java.util.ServiceLoader}): its
 * commands are made from the settings tables of {@code dmf.spark} and {@code dmf.spark.ml}.
 */
public final class SparkCommands implements CommandPlugin {
  /** For {@link java.util.ServiceLoader}. */
  public SparkCommands() {}

  /** {@code dmf spark} itself: it needs one of its commands. */
  @Command(
      name = "spark",
      description =
          "dmf on Apache Spark: embedded local[*] by default, or a cluster with --master"
              + " (sweeps: dmf sweep SPEC --engine spark; docs/spark.md).")
  static final class Group {}

  @Override
  public List<Object> commands() {
    CommandLine spark = new CommandLine(new Group());
    spark.addSubcommand(
        described(
            TableCommand.of(
                "info", 0, SparkSettings.TABLE, null, (o, s, st) -> SparkSettings.info(o)),
            "Start Spark as dmf does and print its version, master and executors."));
    spark.addSubcommand(
        described(
            TableCommand.raw(
                "fit",
                0,
                SparkRatings.FIT,
                RatingsJobs.FIT_SETTINGS,
                Map.of(),
                (o, layers, flags, st) -> SparkRatings.fit(o, layers, flags, st)),
            "dmf fit with the deep factorization trained on Spark: the same options, model folder"
                + " and numbers (the data is read and split on the driver; every iteration's"
                + " gradient is computed by the executors). Other methods run on the driver, as in"
                + " dmf fit.",
            "Settings of the method: defaults, then --config files, then --set key=value, then"
                + " flags."));
    spark.addSubcommand(
        described(
            TableCommand.of(
                "evaluate",
                0,
                SparkRatings.EVALUATE,
                null,
                (o, s, st) -> SparkRatings.evaluate(o, st)),
            "dmf evaluate with the deep factorization (dmf, dmfN) trained on Spark: the same"
                + " options, leaderboard files and numbers. The baselines run on the driver, as in"
                + " dmf evaluate."));
    spark.addSubcommand(
        described(
            TableCommand.of(
                "bench", 0, SparkBench.TABLE, null, (o, s, st) -> SparkBench.perform(o)),
            "Seconds per full-batch iteration of the deep factorization for ratings on a large"
                + " instance folder (e.g. gen_ratings.py's MovieLens-25M shape): the Spark"
                + " estimator's path, or with --engine single the single-machine engine of dmf"
                + " fit, on the same fit input. Prints the figures as key = value lines; run each"
                + " engine in its own process."));
    spark.addSubcommand(
        described(
            TableCommand.of(
                "compare",
                0,
                SparkRatings.COMPARE,
                null,
                (o, s, st) -> SparkRatings.compare(o, st)),
            "MLlib's ALS against the deep factorization on the same data and split, in one Spark"
                + " session: ALS's rank and regParam are chosen on the validation part over a"
                + " grid, the deep factorization stops early on it; both are scored on the test"
                + " part (pairs without training ratings left out of both). Prints RMSE, MAE and"
                + " fit seconds."));
    return List.of(spark);
  }

  private static CommandLine described(CommandLine c, String... description) {
    c.getCommandSpec().usageMessage().description(description);
    return c;
  }
}
