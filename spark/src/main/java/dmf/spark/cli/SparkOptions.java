package dmf.spark.cli;

import dmf.spark.SparkContexts;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Option;

/** The options of every {@code dmf spark} command that starts Spark: where, and with what. */
final class SparkOptions {
  @Option(
      names = "--master",
      description = "spark://host:7077, yarn, k8s://…, local[N] (default: local[*])")
  String master = "";

  @Option(names = "--conf", description = "Spark setting KEY=VALUE (repeatable)")
  Map<String, String> conf = new LinkedHashMap<>();

  /**
   * @return a started context; stop it when done
   */
  JavaSparkContext start() {
    return SparkContexts.start(SparkContexts.conf(master, 0, conf));
  }

  /**
   * @return a started session (Spark SQL and ML); stop it when done
   */
  SparkSession session() {
    return SparkSession.builder().config(SparkContexts.conf(master, 0, conf)).getOrCreate();
  }
}
