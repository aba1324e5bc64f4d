package dmf.experiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dmf.base.UserInputException;
import dmf.io.ConfigFiles;
import dmf.io.Json;
import dmf.io.store.ResultsDb;
import dmf.io.store.RunFolder;
import dmf.io.store.RunRow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sweep adopts the finished runs of another folder whose settings match apart from the sweep's
 * name, byte for byte and marked in provenance, and trains only the others.
 */
class RunReuseTest {
  @TempDir Path dir;

  static String spec(String name, String depths) {
    return "name = \""
        + name
        + "\"\nseed = 7\nrepeats = 1\n"
        + "[base]\nrows = 12\ncols = 10\nrank = 2\nmax_iters = 200\ninit_scale = 0.01\nlr = 0.01\n"
        + "log_every = 100\n[grid]\nobservations = [60]\ndepth = "
        + depths
        + "\n";
  }

  List<RunSpec> runs(String name, String depths) throws Exception {
    Path f = dir.resolve(name + ".toml");
    Files.writeString(f, spec(name, depths));
    return SweepSpec.read(f).expand();
  }

  @Test
  void adoptsMatchingRunsAndTrainsTheRest() throws Exception {
    Path a = dir.resolve("a");
    List<RunSpec> first = runs("first", "[2, 3]");
    assertEquals(2, new SweepRunner(a, 1).run(first, (x, y, z, u, v, w) -> {}).executed());

    Path b = dir.resolve("b");
    List<RunSpec> second = runs("second", "[2, 3, 4]");
    assertEquals(2, RunReuse.adopt(b, second, List.of(a)));
    assertEquals(1, new SweepRunner(b, 1).run(second, (x, y, z, u, v, w) -> {}).executed());
    assertEquals(0, RunReuse.adopt(b, second, List.of(a)), "nothing left to adopt");

    try (ResultsDb db = ResultsDb.openReadOnly(b.resolve(ResultsDb.FILE_NAME))) {
      assertEquals(3, db.runs("second").size());
      for (RunSpec r : second) {
        RunRow row = db.run(r.id()).orElseThrow();
        assertEquals(RunRow.COMPLETED, row.status());
        boolean adopted = ((Number) r.settings().get("depth")).intValue() < 4;
        assertEquals(adopted, row.provenance().containsKey(RunReuse.REUSED_FROM), r.id());
      }
    }
    for (RunSpec r : second.subList(0, 2)) {
      RunSpec source =
          first.stream()
              .filter(s -> s.settings().get("depth").equals(r.settings().get("depth")))
              .findFirst()
              .orElseThrow();
      Path from = RunFolder.inSweep(a, source.id());
      Path to = RunFolder.inSweep(b, r.id());
      assertArrayEquals(
          Files.readAllBytes(from.resolve(RunFolder.SUMMARY)),
          Files.readAllBytes(to.resolve(RunFolder.SUMMARY)));
      assertArrayEquals(
          Files.readAllBytes(from.resolve(RunFolder.METRICS)),
          Files.readAllBytes(to.resolve(RunFolder.METRICS)));
      assertEquals("second", ConfigFiles.readToml(to.resolve(RunFolder.CONFIG)).get("sweep"));
      assertEquals(
          from.toAbsolutePath().normalize().toString(),
          Json.readObject(to.resolve(RunFolder.PROVENANCE)).get(RunReuse.REUSED_FROM));
      try (var left = Files.list(b.resolve("runs"))) {
        assertFalse(left.anyMatch(p -> p.getFileName().toString().contains(".adopting")));
      }
    }
  }

  @Test
  void aDifferentSettingIsNotTheSameRunAndASourceNeedsADatabase() throws Exception {
    Path a = dir.resolve("a");
    new SweepRunner(a, 1).run(runs("first", "[2]"), (x, y, z, u, v, w) -> {});
    Path f = dir.resolve("other.toml");
    Files.writeString(f, spec("other", "[2]").replace("lr = 0.01", "lr = 0.02"));
    List<RunSpec> other = SweepSpec.read(f).expand();
    assertEquals(0, RunReuse.adopt(dir.resolve("b"), other, List.of(a)));
    UserInputException e =
        assertThrows(
            UserInputException.class,
            () -> RunReuse.adopt(dir.resolve("c"), other, List.of(dir.resolve("none"))));
    assertTrue(e.getMessage().contains("none"), e.getMessage());
  }
}
