package dmf.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dmf.io.store.RunRow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CollectionReaderTest {
  @TempDir Path tmp;

  static CollectionReader reader(Path... roots) {
    return new CollectionReader(
        new Roots(List.of(roots)), new StoredFiles(), id -> Optional.empty());
  }

  @Test
  void aSweepsRunsComeFromItsListItsDatabaseAndItsFolders() throws Exception {
    Path sweep = tmp.resolve("s");
    Files.createDirectories(sweep.resolve("runs"));
    Files.writeString(
        sweep.resolve("sweep.json"),
        "[{\"run_id\":\"r1\",\"settings\":{\"depth\":2}},{\"run_id\":\"r2\",\"settings\":{\"depth\":3}},"
            + "{\"run_id\":\"../../x\",\"settings\":{}}]");
    ServeFixtures.startRun(sweep.resolve("runs/r1"));
    ServeFixtures.startRun(sweep.resolve("runs/extra"));
    ServeFixtures.finishRun(sweep.resolve("runs/extra"));
    CollectionReader r = reader(sweep);
    List<RunEntry> runs = r.runs(new Catalog(new Roots(List.of(sweep))).find("0"));
    assertEquals(
        List.of("r1", "r2", "extra"), runs.stream().map(RunEntry::name).toList(), "no unsafe id");
    assertEquals(
        List.of(RunRow.RUNNING, RunEntry.PENDING, RunRow.COMPLETED),
        runs.stream().map(RunEntry::status).toList());
    assertEquals(2, runs.get(0).settings().get("depth"), "settings from the run list");
    assertEquals("0/runs/r2", runs.get(1).id());
    assertEquals(RunEntry.PENDING, r.run("0/runs/r2").status());
    assertThrows(NotFoundException.class, () -> r.run("0/runs/none"));
  }

  @Test
  void aServedRunFolderInsideASweepIsItsOwnRun() {
    Path run = tmp.resolve("s/runs/abc");
    ServeFixtures.startRun(run);
    ServeFixtures.finishRun(run);
    Path sweepJson = tmp.resolve("s/sweep.json");
    assertEquals(false, Files.exists(sweepJson));
    RunEntry e = reader(run).run("0");
    assertEquals("abc", e.name());
    assertEquals(RunRow.COMPLETED, e.status());
    assertEquals("0", e.collection());
  }
}
