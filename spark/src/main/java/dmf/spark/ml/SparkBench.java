package dmf.spark.ml;

import dmf.base.Printout;
import dmf.deep.TrainingSettings;
import dmf.linalg.Precision;
import dmf.ratings.SplitPlan;
import dmf.settings.Setting;
import dmf.settings.Settings;
import dmf.settings.SettingsTable;
import dmf.spark.SparkSettings;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.sql.SparkSession;

/**
 * What {@code dmf spark bench} measures, from settings: the one place of its settings and defaults,
 * and the run of one engine ({@link EstimatorBench}) in this process.
 */
public final class SparkBench {
  private SparkBench() {}

  /** The instance folder. */
  public static final Setting<Path> INSTANCE =
      Setting.ofPath("instance", "instance folder (rows.npy, …)").required();

  /** Which engine. */
  public static final Setting<String> ENGINE =
      Setting.ofText(
              "engine",
              "spark",
              "spark: the Spark estimator's path; single: the single-machine engine of dmf fit")
          .require(e -> e.equals("spark") || e.equals("single"), "spark or single");

  /** Timed iterations. */
  public static final Setting<Integer> ITERS = Setting.ofInt("iters", 5, "timed iterations").min(1);

  /** The Parquet folder of the Spark ML estimator. */
  public static final Setting<String> FRAME =
      Setting.ofText(
              "frame",
              "",
              "train the Spark ML estimator on this Parquet folder (user, item, rating), written"
                  + " from the instance when absent (else: the estimator's path on the instance"
                  + " read by the driver)")
          .withDefault(null);

  /** Depth. */
  public static final Setting<Integer> DEPTH = TrainingSettings.DEPTH.withDefault(2);

  /** Hidden width. */
  public static final Setting<Integer> WIDTH = Setting.ofInt("width", 128, "hidden width").min(1);

  /** Training precision. */
  public static final Setting<Precision> PRECISION =
      Setting.ofEnum("precision", Precision.class, Precision.FLOAT32, "float32 or float64");

  /** The validation share. */
  public static final Setting<Double> VALIDATION = SplitPlan.VALIDATION_FRACTION;

  /** What {@code dmf spark bench} measures, and where Spark runs. */
  public static final SettingsTable TABLE =
      SettingsTable.of(
              "spark bench",
              INSTANCE,
              ENGINE,
              ITERS,
              DEPTH,
              WIDTH,
              PRECISION,
              VALIDATION,
              SparkRatings.BLOCKS,
              FRAME)
          .plus(SparkSettings.TABLE.settings());

  /**
   * What {@code dmf spark bench} does: one engine, in this process.
   *
   * @param s settings of {@link #TABLE}
   * @return the figures as {@code key = value} lines
   */
  public static Printout perform(Settings s) {
    EstimatorBench b =
        new EstimatorBench(
            s.get(INSTANCE),
            s.get(DEPTH),
            s.get(WIDTH),
            s.get(PRECISION),
            s.get(ITERS),
            s.get(VALIDATION));
    Map<String, Object> m;
    if (s.get(ENGINE).equals("single")) {
      m = b.run(null, 0);
    } else {
      SparkSession session = SparkSettings.session(s);
      try {
        m =
            s.get(FRAME) != null
                ? b.runFrame(session, s.get(FRAME), s.get(SparkRatings.BLOCKS))
                : b.run(SparkSettings.context(session), s.get(SparkRatings.BLOCKS));
      } finally {
        session.stop();
      }
    }
    List<String> lines = new ArrayList<>();
    m.forEach(
        (k, v) ->
            lines.add(
                k + " = " + (v instanceof Double d ? String.format(Locale.ROOT, "%.4f", d) : v)));
    return Printout.of(lines);
  }
}
