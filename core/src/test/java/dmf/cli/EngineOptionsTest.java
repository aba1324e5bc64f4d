package dmf.cli;

import static dmf.cli.BadInputTest.expectUserError;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The core jar alone: Spark-backed commands and engines say where they come from. */
class EngineOptionsTest {
  @TempDir Path dir;

  Path spec() throws Exception {
    Path f = dir.resolve("spec.toml");
    Files.writeString(f, "name = \"t\"\n[base]\nrows = 6\ncols = 5\nrank = 2\nobservations = 12\n");
    return f;
  }

  @Test
  void theSparkEngineIsNotInTheCoreJar() throws Exception {
    expectUserError(
        Cli.run("sweep", spec().toString(), "--engine", "spark", "--out", dir.toString()),
        "dmf-spark.jar");
  }

  @Test
  void theSparkCommandsAreNotInTheCoreJar() {
    expectUserError(Cli.run("spark", "info"), "dmf-spark.jar");
  }

  @Test
  void theLocalEngineHasNoMaster() throws Exception {
    expectUserError(
        Cli.run("sweep", spec().toString(), "--master", "spark://h:7077", "--out", dir.toString()),
        "--master");
  }
}
