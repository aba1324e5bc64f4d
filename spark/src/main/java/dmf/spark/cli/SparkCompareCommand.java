package dmf.spark.cli;

import dmf.base.ProgressListener;
import dmf.base.UserInputException;
import dmf.cli.RatingsDataOptions;
import dmf.cli.RatingsSplitOptions;
import dmf.io.data.RatingsTable;
import dmf.ratings.DeepEstimator;
import dmf.ratings.Estimators;
import dmf.ratings.RatingsFit;
import dmf.ratings.Split;
import dmf.ratings.SplitPlan;
import dmf.spark.ml.AlsComparison;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code dmf spark compare}: MLlib's ALS and the deep factorization on one split, one session. */
@Command(
    name = "compare",
    sortOptions = false,
    description = {
      "MLlib's ALS against the deep factorization on the same data and split, in one Spark"
          + " session: ALS's rank and regParam are chosen on the validation part over a grid, the"
          + " deep factorization stops early on it; both are scored on the test part (pairs"
          + " without training ratings left out of both). Prints RMSE, MAE and fit seconds."
    })
final class SparkCompareCommand implements Callable<Integer> {
  @Mixin RatingsDataOptions data;

  @Option(names = "--test", description = "a separate test file, read like --data")
  Path test;

  @Mixin RatingsSplitOptions split;

  @Option(
      names = "--als-ranks",
      split = ",",
      defaultValue = "10,20,50",
      description = "ALS ranks to try (default: ${DEFAULT-VALUE})")
  int[] ranks;

  @Option(
      names = "--als-reg-params",
      split = ",",
      defaultValue = "0.05,0.1,0.2",
      description = "ALS regParam values to try (default: ${DEFAULT-VALUE})")
  double[] regParams;

  @Option(
      names = "--als-iters",
      defaultValue = "15",
      description = "ALS sweeps per fit (default: ${DEFAULT-VALUE})")
  int alsIterations;

  @Option(
      names = "--set",
      description = "a setting of the deep factorization, key=value (repeatable; dmf fit's keys)")
  Map<String, String> settings = new LinkedHashMap<>();

  @Mixin SparkTraining training;

  @Override
  public Integer call() {
    return training.run(this::compare);
  }

  private int compare() {
    Map<String, Object> s = new LinkedHashMap<>(settings);
    s.putIfAbsent("seed", split.plan(0).seed());
    DeepEstimator deep = (DeepEstimator) Estimators.create("dmf", s);
    RatingsTable all = data.source().load(ProgressListener.NONE);
    if (test == null && split.plan(0).kind() == SplitPlan.Kind.NONE) {
      throw new UserInputException(
          "give --test FILE or --test-fraction F: the comparison scores a test part");
    }
    Split one =
        RatingsFit.splits(data.source(), all, test, split.plan(0), ProgressListener.NONE).get(0);
    SparkSession spark = training.session();
    ProgressListener log =
        (stage, done, total, seconds) -> {
          if (stage.startsWith("ALS")) {
            System.err.printf(Locale.ROOT, "%s (%d/%d, %.0f s)%n", stage, done, total, seconds);
          }
        };
    List<AlsComparison.Line> lines =
        new AlsComparison(ranks, regParams, alsIterations, split.plan(0).seed())
            .run(spark, one, deep, training.blocks, log);
    System.out.printf(
        Locale.ROOT,
        "%s, %s: %,d train / %,d validation / %,d test ratings; Spark %s%n",
        data.source().file().getFileName(),
        one.name(),
        one.train().size(),
        one.validation().size(),
        one.test().size(),
        spark.sparkContext().master());
    System.out.println(
        "| method | test RMSE | test MAE | test ratings scored | fit s | tuning s | chosen on validation |");
    System.out.println("|---|---|---|---|---|---|---|");
    for (AlsComparison.Line l : lines) {
      System.out.printf(
          Locale.ROOT,
          "| %s | %.4f | %.4f | %,d | %.1f | %.1f | %s |%n",
          l.method(),
          l.rmse(),
          l.mae(),
          l.predicted(),
          l.fitSeconds(),
          l.tuningSeconds(),
          l.chosen());
    }
    return 0;
  }
}
