package dmf.spark.cli;

import dmf.cli.EvaluateCommand;
import dmf.ratings.RatingEstimator;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code dmf spark evaluate}: {@code dmf evaluate} with the deep factorization trained on Spark
 * (the same options, leaderboard and numbers).
 */
@Command(
    name = "evaluate",
    sortOptions = false,
    description = {
      "dmf evaluate with the deep factorization (dmf, dmfN) trained on Spark: the same options,"
          + " leaderboard files and numbers. The baselines run on the driver, as in dmf evaluate."
    })
final class SparkEvaluateCommand extends EvaluateCommand {
  @Mixin SparkTraining training;

  @Override
  protected RatingEstimator estimator(String method, Map<String, Object> settings) {
    return training.onSpark(super.estimator(method, settings));
  }

  @Override
  public Integer call() {
    return training.run(super::call);
  }
}
