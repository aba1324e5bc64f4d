package dmf.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dmf.testing.Shared;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The examples of the public API run as a user runs them: the JShell script through the JDK's
 * {@code jshell}, the Java program through the single-file source launcher, both on the test
 * classpath (the classes the jar holds).
 */
class ExamplesTest {
  static final Path EXAMPLES = Shared.ROOT.resolve("examples");
  static final Path JAVA_HOME = Path.of(System.getProperty("java.home"));

  @TempDir Path dir;

  @Test
  void jshellQuickstartShowsDepthBeatingDepthTwo() throws Exception {
    String out =
        run(
            List.of(
                JAVA_HOME.resolve("bin/jshell").toString(),
                "--class-path",
                System.getProperty("java.class.path"),
                EXAMPLES.resolve("Quickstart.jsh").toString()));
    Matcher m = Pattern.compile("depth 3 beats depth 2 by (\\d+)x").matcher(out);
    assertTrue(m.find(), out);
    assertTrue(Integer.parseInt(m.group(1)) >= 100, out);
    assertTrue(out.contains("depth 3: converged"), out);
  }

  @Test
  void javaProgramTrainsWatchesAndWritesARunFolder() throws Exception {
    Path runDir = dir.resolve("run");
    String out =
        run(
            List.of(
                JAVA_HOME.resolve("bin/java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                EXAMPLES.resolve("TrainAndWatch.java").toString(),
                runDir.toString()));
    assertTrue(out.contains("stop reason: converged"), out);
    assertTrue(out.contains("sigma_1..6"), out);
    assertTrue(Files.isRegularFile(runDir.resolve("summary.json")), out);
    assertTrue(Files.readString(runDir.resolve("metrics.csv")).lines().count() > 2);
  }

  private String run(List<String> cmd) throws IOException, InterruptedException {
    ProcessBuilder pb = new ProcessBuilder(new ArrayList<>(cmd)).redirectErrorStream(true);
    pb.directory(Shared.ROOT.toFile());
    pb.environment().put("OPENBLAS_NUM_THREADS", "1");
    Process p = pb.start();
    byte[] bytes = p.getInputStream().readAllBytes();
    assertTrue(p.waitFor(5, TimeUnit.MINUTES), "timed out");
    String out = new String(bytes, StandardCharsets.UTF_8);
    assertEquals(0, p.exitValue(), out);
    return out;
  }
}
