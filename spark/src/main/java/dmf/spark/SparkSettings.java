package dmf.spark;

import dmf.base.Printout;
import dmf.settings.Setting;
import dmf.settings.Settings;
import dmf.settings.SettingsTable;
import java.util.List;
import java.util.Map;
import org.apache.spark.SparkConf;
import org.apache.spark.SparkContext;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import scala.util.Properties;

/**
 * Where the {@code dmf spark} commands start Spark, and with what: the one place of these settings
 * and their defaults.
 */
public final class SparkSettings {
  private SparkSettings() {}

  /** The master. */
  public static final Setting<String> MASTER =
      Setting.ofText("master", "", "spark://host:7077, yarn, k8s://…, local[N] (default: local[*])")
          .withDefault(null);

  /** Further Spark settings. */
  public static final Setting<Map<String, String>> CONF =
      Setting.ofAssignments("conf", "Spark setting KEY=VALUE (repeatable)");

  /** Where and with what. */
  public static final SettingsTable TABLE = SettingsTable.of("spark", MASTER, CONF);

  /**
   * @param s settings with those of {@link #TABLE}
   * @return a started session (Spark SQL and ML); stop it when done
   */
  public static SparkSession session(Settings s) {
    return SparkSession.builder().config(conf(s)).getOrCreate();
  }

  private static SparkConf conf(Settings s) {
    String master = s.get(MASTER);
    return SparkContexts.conf(master == null ? "" : master, 0, s.get(CONF));
  }

  /**
   * What {@code dmf spark info} does: starts Spark as dmf would and tells what it got.
   *
   * @param s settings of {@link #TABLE}
   * @return Spark's version, master, parallelism and executors, and the jar shipped to them
   */
  public static Printout info(Settings s) {
    JavaSparkContext sc = SparkContexts.start(conf(s));
    try {
      SparkContext c = sc.sc();
      return Printout.of(
          List.of(
              "spark:       " + c.version() + " (Scala " + Properties.versionNumberString() + ")",
              "master:      " + c.master(),
              "parallelism: " + c.defaultParallelism() + " tasks at once",
              "executors:   "
                  + c.getExecutorMemoryStatus().size()
                  + " registered (the driver included)",
              "dmf jar:     " + SparkContexts.ownJar().map(Object::toString).orElse("-")));
    } finally {
      sc.stop();
    }
  }

  /**
   * @param session a session
   * @return its context, for the Java API
   */
  public static JavaSparkContext context(SparkSession session) {
    return JavaSparkContext.fromSparkContext(session.sparkContext());
  }
}
