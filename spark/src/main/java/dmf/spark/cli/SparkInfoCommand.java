package dmf.spark.cli;

import dmf.spark.SparkContexts;
import java.util.concurrent.Callable;
import org.apache.spark.SparkContext;
import org.apache.spark.api.java.JavaSparkContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import scala.util.Properties;

/** {@code dmf spark info}: start Spark as dmf would and print what it got. */
@Command(
    name = "info",
    description = "Start Spark as dmf does and print its version, master and executors.")
final class SparkInfoCommand implements Callable<Integer> {
  @Mixin SparkOptions spark;

  @Override
  public Integer call() {
    JavaSparkContext sc = spark.start();
    try {
      SparkContext c = sc.sc();
      System.out.println(
          "spark:       " + c.version() + " (Scala " + Properties.versionNumberString() + ")");
      System.out.println("master:      " + c.master());
      System.out.println("parallelism: " + c.defaultParallelism() + " tasks at once");
      System.out.println(
          "executors:   "
              + c.getExecutorMemoryStatus().size()
              + " registered (the driver included)");
      System.out.println(
          "dmf jar:     " + SparkContexts.ownJar().map(Object::toString).orElse("-"));
      return 0;
    } finally {
      sc.stop();
    }
  }
}
