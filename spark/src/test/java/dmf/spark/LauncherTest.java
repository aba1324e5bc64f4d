package dmf.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.launcher.JavaModuleOptions;
import org.junit.jupiter.api.Test;

/**
 * The ./dmf launcher runs the Spark jar, with the JVM flags Spark's own launcher gives on Java 17,
 * exactly when the command line asks for Spark, and the plain core jar otherwise.
 */
class LauncherTest {
  static final Path ROOT = Path.of(System.getProperty("dmf.root", "..")).toAbsolutePath();
  static final List<String> SPARK_FLAGS = List.of(JavaModuleOptions.defaultModuleOptionArray());

  /** The java command line ./dmf would run (it neither builds nor runs with the dry-run flag). */
  static List<String> launch(String... args) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>(List.of("bash", ROOT.resolve("dmf").toString()));
    cmd.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
    pb.environment().put("DMF_LAUNCH_DRY_RUN", "1");
    pb.environment().remove("DMF_JAVA_OPTS");
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, p.waitFor(), out);
    return out.lines().toList();
  }

  static void assertSpark(List<String> cmd) {
    assertEquals(SPARK_FLAGS, cmd.subList(1, 1 + SPARK_FLAGS.size()), "Spark's Java 17 flags");
    int cp = cmd.indexOf("-cp");
    assertTrue(cp > 0, cmd.toString());
    String[] path = cmd.get(cp + 1).split(":");
    assertTrue(path[0].endsWith("spark/target/dmf-spark.jar"), path[0]);
    assertTrue(path[1].endsWith("spark-home/target/spark/jars/*"), path[1]);
    assertEquals("dmf.cli.Main", cmd.get(cp + 2));
  }

  static void assertCore(List<String> cmd) {
    assertFalse(cmd.stream().anyMatch(a -> a.startsWith("--add-opens")), cmd.toString());
    int jar = cmd.indexOf("-jar");
    assertTrue(jar > 0 && cmd.get(jar + 1).endsWith("core/target/dmf.jar"), cmd.toString());
  }

  @Test
  void theSparkEngineAndTheSparkCommandsRunTheSparkJar() throws Exception {
    assertSpark(launch("sweep", "spec.toml", "--engine", "spark"));
    assertSpark(launch("sweep", "spec.toml", "--engine=spark", "--workers", "2"));
    assertSpark(launch("spark", "info"));
  }

  @Test
  void everythingElseRunsThePlainCoreJar() throws Exception {
    assertCore(launch("info"));
    assertCore(launch("sweep", "spec.toml", "--engine", "local"));
    assertCore(launch("sweep", "spark.toml"));
    assertCore(launch("demo"));
  }

  @Test
  void theTestsRunWithTheFlagsOfTheLauncher() {
    List<String> mine = ManagementFactory.getRuntimeMXBean().getInputArguments();
    assertTrue(mine.containsAll(SPARK_FLAGS), "the pom's spark.java.options: " + mine);
  }
}
