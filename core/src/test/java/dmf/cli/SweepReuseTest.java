package dmf.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dmf.io.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code dmf sweep --reuse}: a sweep adopts the finished runs of another instead of running them.
 */
class SweepReuseTest {
  @TempDir Path dir;

  Path spec(String name, String depths) throws Exception {
    return Files.writeString(
        dir.resolve(name + ".toml"),
        "name = \""
            + name
            + "\"\n[base]\nrows = 6\ncols = 5\nrank = 2\nobservations = 12\nmax_iters = 50\n"
            + "[grid]\ndepth = ["
            + depths
            + "]\n");
  }

  @Test
  void finishedRunsWithTheSameSettingsAreAdoptedTheRestRun() throws Exception {
    Path a = dir.resolve("a");
    Cli first = Cli.run("sweep", spec("a", "2, 3").toString(), "--out", a.toString());
    assertEquals(0, first.exit, first.err);
    Path b = dir.resolve("b");
    Cli second =
        Cli.run(
            "sweep",
            spec("b", "2, 3, 4").toString(),
            "--out",
            b.toString(),
            "--reuse",
            a.toString());
    assertEquals(0, second.exit, second.err);
    assertTrue(second.out.contains("3 runs (1 executed"), second.out);
    List<Path> adopted;
    try (Stream<Path> runs = Files.list(b.resolve("runs"))) {
      adopted =
          runs.filter(r -> Files.exists(r.resolve("provenance.json")))
              .filter(r -> Json.readObject(r.resolve("provenance.json")).containsKey("reused_from"))
              .toList();
    }
    assertEquals(2, adopted.size(), "adopted: " + adopted);
    Cli listed = Cli.run("results", "list", b.toString());
    assertEquals(0, listed.exit, listed.err);
    assertEquals(
        3, listed.out.lines().filter(l -> l.matches("^[0-9a-f]{12}\\b.*")).count(), listed.out);
  }
}
