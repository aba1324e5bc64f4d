package dmf.spark.cli;

import dmf.base.UserInputException;
import dmf.linalg.Precision;
import dmf.settings.Choice;
import dmf.spark.ml.EstimatorBench;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code dmf spark bench}: seconds per iteration of the estimator on Spark or on one machine. */
@Command(
    name = "bench",
    description = {
      "Seconds per full-batch iteration of the deep factorization for ratings on a large instance"
          + " folder (e.g. gen_ratings.py's MovieLens-25M shape): the Spark estimator's path, or"
          + " with --engine single the single-machine engine of dmf fit, on the same fit input."
          + " Prints the figures as key = value lines; run each engine in its own process."
    })
final class SparkBenchCommand implements Callable<Integer> {
  @Option(names = "--instance", required = true, description = "instance folder (rows.npy, …)")
  Path instance;

  @Option(names = "--engine", defaultValue = "spark", description = "spark or single")
  String engine;

  @Option(names = "--iters", defaultValue = "5", description = "timed iterations (default: 5)")
  int iters;

  @Option(names = "--depth", defaultValue = "2", description = "depth (default: 2)")
  int depth;

  @Option(names = "--width", defaultValue = "128", description = "hidden width (default: 128)")
  int width;

  @Option(names = "--precision", defaultValue = "float32", description = "float32 or float64")
  String precision;

  @Option(
      names = "--validation-fraction",
      defaultValue = "0.05",
      description = "validation share (default: 0.05)")
  double validation;

  @Option(
      names = "--blocks",
      defaultValue = "0",
      description = "partitions of the ratings per side on Spark (0 = default parallelism)")
  int blocks;

  @Option(
      names = "--frame",
      description =
          "train the Spark ML estimator on this Parquet folder (user, item, rating), written from"
              + " the instance when absent (else: the estimator's path on the instance read by"
              + " the driver)")
  String frame;

  @Mixin SparkOptions spark;

  @Override
  public Integer call() {
    EstimatorBench b =
        new EstimatorBench(
            instance,
            depth,
            width,
            Choice.parse(Precision.class, precision, "precision"),
            iters,
            validation);
    Map<String, Object> m;
    if (engine.equals("single")) {
      m = b.run(null, 0);
    } else if (engine.equals("spark")) {
      SparkSession session = spark.session();
      try {
        m =
            frame != null
                ? b.runFrame(session, frame, blocks)
                : b.run(JavaSparkContext.fromSparkContext(session.sparkContext()), blocks);
      } finally {
        session.stop();
      }
    } else {
      throw new UserInputException("--engine is spark or single, not " + engine);
    }
    m.forEach(
        (k, v) ->
            System.out.println(
                k + " = " + (v instanceof Double d ? String.format(Locale.ROOT, "%.4f", d) : v)));
    return 0;
  }
}
