package dmf.spark.cli;

import dmf.ratings.DeepEstimator;
import dmf.ratings.RatingEstimator;
import dmf.spark.ml.SparkDeepEstimator;
import java.util.function.Supplier;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * What {@code dmf spark fit} and {@code dmf spark evaluate} add to {@code dmf fit} and {@code dmf
 * evaluate}: Spark's options, a context for the length of the command, and the deep factorization
 * trained on it.
 */
final class SparkTraining {
  @Mixin SparkOptions spark;

  @Option(
      names = "--blocks",
      defaultValue = "0",
      description =
          "partitions of the ratings per side (column and row blocks); 0 = Spark's default"
              + " parallelism; results do not depend on it")
  int blocks;

  private SparkSession session;
  private JavaSparkContext sc;

  /**
   * @param e an estimator of the plain command
   * @return the same method trained on Spark when it is the deep factorization, else e
   */
  RatingEstimator onSpark(RatingEstimator e) {
    return e instanceof DeepEstimator d ? new SparkDeepEstimator(sc, d, blocks) : e;
  }

  /**
   * @param command the plain command's work
   * @return its exit code, with Spark started before and stopped after
   */
  Integer run(Supplier<Integer> command) {
    session = spark.session();
    sc = JavaSparkContext.fromSparkContext(session.sparkContext());
    try {
      return command.get();
    } finally {
      session.stop();
    }
  }

  /**
   * @return the session of the running command
   */
  SparkSession session() {
    return session;
  }
}
