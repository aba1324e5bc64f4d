package dmf.spark.cli;

import dmf.cli.FitCommand;
import dmf.ratings.RatingEstimator;
import dmf.ratings.RatingsFit;
import dmf.spark.ml.DeepFactorizationModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code dmf spark fit}: {@code dmf fit} with the deep factorization trained on Spark (the same
 * options, output and model folder; the same numbers).
 */
@Command(
    name = "fit",
    sortOptions = false,
    description = {
      "dmf fit with the deep factorization trained on Spark: the same options, model folder and"
          + " numbers (the data is read and split on the driver; every iteration's gradient is"
          + " computed by the executors). Other methods run on the driver, as in dmf fit.",
      "Settings of the method: defaults, then --config files, then --set key=value, then flags."
    })
final class SparkFitCommand extends FitCommand {
  @Mixin SparkTraining training;

  @Option(
      names = "--spark-model",
      description =
          "also save the model as a Spark ML DeepFactorizationModel here (any Hadoop path;"
              + " integer ids)")
  String sparkModel;

  @Override
  protected void fitted(RatingsFit.Outcome outcome) {
    if (sparkModel != null) {
      try {
        DeepFactorizationModel.of(outcome.model()).save(sparkModel);
      } catch (IOException ex) {
        throw new UncheckedIOException(ex);
      }
    }
  }

  @Override
  protected RatingEstimator estimator(String method, Map<String, Object> settings) {
    return training.onSpark(super.estimator(method, settings));
  }

  @Override
  public Integer call() {
    return training.run(super::call);
  }
}
