package dmf.spark.ml;

import dmf.spark.SparkContexts;
import java.util.Map;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;

/**
 * The local Spark session of this package's tests (two task threads), started on first use and
 * stopped by each test class when it is done.
 */
final class SparkTests {
  private static SparkSession spark;

  private SparkTests() {}

  static synchronized SparkSession spark() {
    if (spark == null) {
      spark =
          SparkSession.builder()
              .config(SparkContexts.conf("", 2, Map.of("spark.sql.shuffle.partitions", "4")))
              .getOrCreate();
    }
    return spark;
  }

  /** Stops the session (each test class stops it when done: one Spark context per JVM). */
  static synchronized void stop() {
    if (spark != null) {
      spark.stop();
      spark = null;
    }
  }

  static JavaSparkContext sc() {
    return JavaSparkContext.fromSparkContext(spark().sparkContext());
  }
}
