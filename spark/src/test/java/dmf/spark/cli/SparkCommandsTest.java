package dmf.spark.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dmf.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The core command line with the Spark module on the class path (as ./dmf runs it). */
class SparkCommandsTest {
  @TempDir Path dir;

  /** Exit code, then what the command printed on standard output and standard error. */
  record Run(int exit, String out) {}

  static synchronized Run dmf(String... args) {
    PrintStream out = System.out;
    PrintStream err = System.err;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream both = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    System.setOut(both);
    System.setErr(both);
    try {
      int code = Main.execute(args);
      return new Run(code, bytes.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(out);
      System.setErr(err);
    }
  }

  Path spec() throws Exception {
    Path f = dir.resolve("spec.toml");
    Files.writeString(
        f,
        "name = \"cli\"\n[base]\nrows = 12\ncols = 10\nrank = 2\nobservations = 60\n"
            + "max_iters = 300\nlog_every = 100\n[grid]\ndepth = [2, 3]\n"
            + "[[variants]]\nsolver = \"dmf\"\n[[variants]]\nsolver = \"softimpute\"\n");
    return f;
  }

  @Test
  void sparkInfoComesFromThePlugin() {
    assertTrue(dmf("--help").out().contains("spark"));
    Run r = dmf("spark", "info");
    assertEquals(0, r.exit(), r.out());
    assertTrue(r.out().contains("spark:       4.2.0"), r.out());
    assertTrue(r.out().contains("master:      local[*]"), r.out());
  }

  @Test
  void sweepWithTheSparkEngineMatchesTheLocalEngine() throws Exception {
    String spec = spec().toString();
    Path local = dir.resolve("local");
    Path spark = dir.resolve("spark");
    assertEquals(0, dmf("sweep", spec, "--out", local.toString(), "--workers", "2").exit());
    Run r = dmf("sweep", spec, "--engine", "spark", "--workers", "2", "--out", spark.toString());
    assertEquals(0, r.exit(), r.out());
    assertTrue(r.out().contains("cli: 3 runs (3 executed now)"), r.out());
    Run same = dmf("results", "compare", local.toString(), spark.toString());
    assertEquals(0, same.exit(), same.out());
    assertTrue(same.out().startsWith("same: 3 runs"), same.out());
    Run again =
        dmf("sweep", spec, "--engine", "spark", "--workers", "2", "--out", spark.toString());
    assertTrue(again.out().contains("cli: 3 runs (0 executed now)"), again.out());
  }

  @Test
  void engineSettingsAreCheckedBeforeSparkStarts() throws Exception {
    String spec = spec().toString();
    String out = dir.resolve("x").toString();
    Run both = dmf("sweep", spec, "--engine", "spark", "--workers", "2", "--master", "local[2]");
    assertEquals(2, both.exit(), both.out());
    assertTrue(both.out().contains("either --workers"), both.out());
    Run conf = dmf("sweep", spec, "--engine", "spark", "--conf", "memory=2g", "--out", out);
    assertEquals(2, conf.exit(), conf.out());
    assertTrue(conf.out().contains("not a Spark setting"), conf.out());
    Run unknown = dmf("sweep", spec, "--engine", "sparkk", "--out", out);
    assertEquals(2, unknown.exit(), unknown.out());
    assertTrue(unknown.out().contains("available: local, spark"), unknown.out());
  }
}
