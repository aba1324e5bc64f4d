package dmf.spark.ml;

import dmf.base.Printout;
import dmf.base.ProgressListener;
import dmf.base.StatusSink;
import dmf.base.UserInputException;
import dmf.io.data.RatingsTable;
import dmf.ratings.DataSource;
import dmf.ratings.DeepEstimator;
import dmf.ratings.Estimators;
import dmf.ratings.RatingEstimator;
import dmf.ratings.RatingsFit;
import dmf.ratings.RatingsJobs;
import dmf.ratings.Split;
import dmf.ratings.SplitPlan;
import dmf.settings.IntList;
import dmf.settings.Setting;
import dmf.settings.Settings;
import dmf.settings.SettingsLayers;
import dmf.settings.SettingsTable;
import dmf.spark.SparkSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;

/**
 * What {@code dmf spark fit}, {@code evaluate} and {@code compare} do, from settings: {@code dmf
 * fit} and {@code dmf evaluate} with the deep factorization trained on Spark (the same options,
 * outputs and numbers), and MLlib's ALS against it on one split.
 */
public final class SparkRatings {
  private SparkRatings() {}

  /** Partitions of the ratings per side. */
  public static final Setting<Integer> BLOCKS =
      Setting.ofInt(
              "blocks",
              0,
              "partitions of the ratings per side (column and row blocks); 0 = Spark's default"
                  + " parallelism; results do not depend on it")
          .min(0);

  /** Where the Spark ML model goes. */
  public static final Setting<String> SPARK_MODEL =
      Setting.ofText(
              "spark_model",
              "",
              "also save the model as a Spark ML DeepFactorizationModel here (any Hadoop path;"
                  + " integer ids)")
          .withDefault(null);

  /** ALS ranks to try. */
  public static final Setting<IntList> ALS_RANKS =
      Setting.ofIntList("als_ranks", IntList.of(10, 20, 50), "ALS ranks to try").eachAtLeast(1);

  /** ALS regParam values to try. */
  public static final Setting<List<String>> ALS_REG_PARAMS =
      Setting.ofTextList("als_reg_params", "ALS regParam values to try")
          .withDefault(List.of("0.05", "0.1", "0.2"))
          .require(l -> l.stream().allMatch(SparkRatings::isNumber), "numbers");

  /** ALS sweeps per fit. */
  public static final Setting<Integer> ALS_ITERS =
      Setting.ofInt("als_iters", 15, "ALS sweeps per fit").min(1);

  /** The deep factorization's settings in a comparison. */
  public static final Setting<Map<String, String>> SET =
      Setting.ofAssignments(
          "set", "a setting of the deep factorization, key=value (repeatable; dmf fit's keys)");

  /** The options of {@code dmf spark fit}: those of {@code dmf fit}, then Spark's. */
  public static final SettingsTable FIT = onSpark(RatingsJobs.FIT, SPARK_MODEL);

  /** The options of {@code dmf spark evaluate}: those of {@code dmf evaluate}, then Spark's. */
  public static final SettingsTable EVALUATE = onSpark(RatingsJobs.EVALUATE);

  /** The options of {@code dmf spark compare}. */
  public static final SettingsTable COMPARE =
      onSpark(
          RatingsJobs.table("compare", List.of(RatingsJobs.TEST, RatingsJobs.SPLIT), List.of()),
          ALS_RANKS,
          ALS_REG_PARAMS,
          ALS_ITERS,
          SET);

  private static SettingsTable onSpark(SettingsTable t, Setting<?>... more) {
    List<Setting<?>> all = new ArrayList<>(List.of(more));
    all.add(BLOCKS);
    all.addAll(SparkSettings.TABLE.settings());
    return t.plus(all);
  }

  /**
   * What {@code dmf spark fit} does.
   *
   * @param o settings of {@link #FIT}
   * @param method config files and --set of the method
   * @param flags the flags of {@link RatingsJobs#FIT_SETTINGS} that were given
   * @param status where progress goes
   * @return the fit's report
   */
  public static Printout fit(
      Settings o, SettingsLayers method, Map<String, Object> flags, StatusSink status) {
    return withSpark(
        o,
        sc -> {
          RatingsFit.Outcome fit =
              RatingsJobs.fit(o, method, flags, e -> onSpark(sc, e, o), status);
          if (o.get(SPARK_MODEL) != null) {
            try {
              DeepFactorizationModel.of(fit.model()).save(o.get(SPARK_MODEL));
            } catch (IOException ex) {
              throw new UncheckedIOException(ex);
            }
          }
          return RatingsJobs.report(fit, o);
        });
  }

  /**
   * What {@code dmf spark evaluate} does.
   *
   * @param o settings of {@link #EVALUATE}
   * @param status where progress goes
   * @return the leaderboard
   */
  public static Printout evaluate(Settings o, StatusSink status) {
    return withSpark(o, sc -> RatingsJobs.evaluate(o, e -> onSpark(sc, e, o), status));
  }

  private static boolean isNumber(String text) {
    try {
      return Double.isFinite(Double.parseDouble(text));
    } catch (NumberFormatException ex) {
      return false;
    }
  }

  private static RatingEstimator onSpark(JavaSparkContext sc, RatingEstimator e, Settings o) {
    return e instanceof DeepEstimator d ? new SparkDeepEstimator(sc, d, o.get(BLOCKS)) : e;
  }

  private static Printout withSpark(Settings o, Function<JavaSparkContext, Printout> work) {
    SparkSession session = SparkSettings.session(o);
    try {
      return work.apply(SparkSettings.context(session));
    } finally {
      session.stop();
    }
  }

  /**
   * What {@code dmf spark compare} does: one split, ALS tuned on its validation part over the grid,
   * the deep factorization stopping early on it, both scored on its test part.
   *
   * @param o settings of {@link #COMPARE}
   * @param status where each ALS configuration is noted
   * @return the data, the split and the table of both methods
   * @throws UserInputException without a test part
   */
  public static Printout compare(Settings o, StatusSink status) {
    SplitPlan plan = SplitPlan.of(o.get(RatingsJobs.SPLIT), o, 0);
    if (o.get(RatingsJobs.TEST) == null && plan.kind() == SplitPlan.Kind.NONE) {
      throw new UserInputException(
          "give --test FILE or --test-fraction F: the comparison scores a test part");
    }
    Map<String, Object> deep = new LinkedHashMap<>(o.get(SET));
    deep.putIfAbsent("seed", plan.seed());
    DeepEstimator est = (DeepEstimator) Estimators.create("dmf", deep);
    double[] regParams = o.get(ALS_REG_PARAMS).stream().mapToDouble(Double::parseDouble).toArray();
    DataSource data = DataSource.of(o.get(RatingsJobs.DATA), o);
    RatingsTable all = data.load(ProgressListener.NONE);
    Split one =
        RatingsFit.splits(data, all, o.get(RatingsJobs.TEST), plan, ProgressListener.NONE).get(0);
    ProgressListener log =
        (stage, done, total, seconds) -> {
          if (stage.startsWith("ALS")) {
            status.note(
                String.format(Locale.ROOT, "%s (%d/%d, %.0f s)", stage, done, total, seconds));
          }
        };
    SparkSession spark = SparkSettings.session(o);
    try {
      int[] ranks = o.get(ALS_RANKS).values().stream().mapToInt(Integer::intValue).toArray();
      List<AlsComparison.Line> lines =
          new AlsComparison(ranks, regParams, o.get(ALS_ITERS), plan.seed())
              .run(spark, one, est, o.get(BLOCKS), log);
      return Printout.of(AlsComparison.table(data.file(), one, spark, lines));
    } finally {
      spark.stop();
    }
  }
}
