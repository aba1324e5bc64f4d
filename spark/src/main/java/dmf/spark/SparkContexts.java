package dmf.spark;

import dmf.base.UserInputException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * The Spark configuration and context dmf runs with. Spark settings come, lowest first, from {@code
 * spark.*} system properties (what {@code spark-submit} passes), then the given master and
 * settings. Without a master, Spark runs embedded in this JVM as {@code local[*]} (or {@code
 * local[N]} for N threads).
 */
public final class SparkContexts {
  /** The master when none is given: Spark inside this JVM, one task per processor. */
  public static final String LOCAL = "local[*]";

  private static final String MASTER = "spark.master";

  private SparkContexts() {}

  /**
   * The configuration dmf starts Spark with.
   *
   * @param master a master URL ({@code spark://host:7077}, {@code yarn}, {@code k8s://…}, {@code
   *     local[4]}), or "" for the one spark-submit set, else {@link #LOCAL}
   * @param threads tasks at once in local mode ({@code local[threads]}), or 0 for the master's
   *     default; only with a local master
   * @param settings further Spark settings ({@code spark.*} keys), possibly empty
   * @return the configuration: app name "dmf", one BLAS thread per task ({@code
   *     OPENBLAS_NUM_THREADS=1} on executors); in local mode on 127.0.0.1 without the web UI; on a
   *     cluster this jar shipped to the executors when dmf runs from a jar
   * @throws UserInputException for a setting that is not a Spark setting, or threads with a cluster
   *     master
   */
  public static SparkConf conf(String master, int threads, Map<String, String> settings) {
    SparkConf c = new SparkConf().setAppName("dmf");
    if (!master.isEmpty()) {
      c.setMaster(master);
    }
    if (threads > 0) {
      if (c.contains(MASTER) && !isLocal(c.get(MASTER))) {
        throw new UserInputException(
            "--workers sets the threads of local mode; on cluster "
                + c.get(MASTER)
                + " give cores with --conf (e.g. spark.cores.max=8)");
      }
      if (!master.isEmpty()) {
        throw new UserInputException("give either --workers (local[N]) or --master, not both");
      }
      c.setMaster("local[" + threads + "]");
    }
    c.setIfMissing(MASTER, LOCAL);
    for (Map.Entry<String, String> e : settings.entrySet()) {
      if (!e.getKey().startsWith("spark.")) {
        throw new UserInputException(
            "--conf " + e.getKey() + "=" + e.getValue() + ": not a Spark setting (spark.…)");
      }
      c.set(e.getKey(), e.getValue());
    }
    c.setIfMissing("spark.executorEnv.OPENBLAS_NUM_THREADS", "1");
    if (isLocal(c.get(MASTER))) {
      c.setIfMissing("spark.ui.enabled", "false");
      c.setIfMissing("spark.driver.host", "127.0.0.1");
      c.setIfMissing("spark.driver.bindAddress", "127.0.0.1");
    } else if (!c.contains("spark.jars")) {
      ownJar().ifPresent(j -> c.set("spark.jars", j.toString()));
    }
    return c;
  }

  /**
   * Starts a Spark context.
   *
   * @param conf its configuration, e.g. from {@link #conf}
   * @return the context; stop it when done
   */
  public static JavaSparkContext start(SparkConf conf) {
    return new JavaSparkContext(conf);
  }

  /**
   * @param master a master URL
   * @return whether Spark runs inside this JVM
   */
  public static boolean isLocal(String master) {
    return master.equals("local") || master.startsWith("local[");
  }

  /**
   * @return the jar this class was loaded from, or empty when it comes from a class folder
   */
  public static Optional<Path> ownJar() {
    CodeSource src = SparkContexts.class.getProtectionDomain().getCodeSource();
    if (src == null) {
      return Optional.empty();
    }
    try {
      Path p = Path.of(src.getLocation().toURI());
      return p.toString().endsWith(".jar") ? Optional.of(p) : Optional.empty();
    } catch (URISyntaxException ex) {
      return Optional.empty();
    }
  }
}
