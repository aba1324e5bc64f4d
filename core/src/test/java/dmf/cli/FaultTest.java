package dmf.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dmf.io.Json;
import dmf.io.store.ResultsDb;
import dmf.io.store.RunRow;
import dmf.testing.Sweeps;
import dmf.testing.Tmpfs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Faults of the machine, in-process: a full disk (a small tmpfs, where this machine lets the test
 * mount one; else these tests skip), a read-only file system, a corrupt database under a sweep.
 * Each fault is one line naming the file and the cause; a rerun after the fault completes the work
 * with every run once. The same in child processes, and concurrent sweeps, are in {@link
 * ProcessFaultTest}.
 */
@Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class FaultTest {
  @TempDir Path dir;

  static final String SPEC =
      "name = \"df\"\nrepeats = 6\n[base]\nrows = 30\ncols = 30\nrank = 2\nobservations = 300\n"
          + "max_iters = 100\nlog_every = 10\n";

  Path spec() throws Exception {
    return Files.writeString(dir.resolve("spec.toml"), SPEC);
  }

  Tmpfs mount(String size) {
    Optional<Tmpfs> t = Tmpfs.mount(dir.resolve("mnt"), size);
    assumeTrue(t.isPresent(), "cannot mount a tmpfs here (needs root)");
    return t.get();
  }

  /** The sweep's database: every run completed once, each with its whole metric series. */
  static void assertEveryRunOnce(Path sweep, int runs) {
    try (ResultsDb db = ResultsDb.openReadOnly(sweep.resolve(ResultsDb.FILE_NAME))) {
      List<RunRow> rows = db.runs();
      assertEquals(runs, rows.size());
      for (RunRow r : rows) {
        assertEquals(RunRow.COMPLETED, r.status(), r.runId());
        // 100 iterations logged every 10: iterations 0..100, each with the same metric names.
        long iterations = db.metrics(r.runId()).stream().map(m -> m.iteration()).distinct().count();
        assertEquals(11, iterations, r.runId());
      }
    }
  }

  @Test
  void diskFullDuringASweepStopsWithTheCauseAndARerunCompletesEveryRunOnce() throws Exception {
    diskFullDuringASweep(120_000);
  }

  /** The disk fills at other points: the database, run folders, a run's summary. */
  @Test
  @Tag("slow")
  void diskFullAtManyPointsOfASweep() throws Exception {
    for (long free : new long[] {8_000, 20_000, 40_000, 60_000, 90_000, 200_000, 300_000}) {
      diskFullDuringASweep(free);
    }
  }

  void diskFullDuringASweep(long... frees) throws Exception {
    Path spec = spec();
    for (long free : frees) {
      try (Tmpfs fs = mount("1m")) {
        fs.fill(free);
        Path out = fs.dir().resolve("sweep");
        Cli r = Cli.run("sweep", spec.toString(), "--out", out.toString(), "--workers", "1");
        assertEquals(1, r.exit, "free " + free + ": " + r.err);
        String line = Sandbox.oneLine(r);
        assertTrue(line.contains("no space left on device"), line);
        assertTrue(line.contains(out.toString()), "names the file: " + line);
        fs.resize("32m");
        Cli again = Cli.run("sweep", spec.toString(), "--out", out.toString(), "--workers", "1");
        assertEquals(0, again.exit, again.err);
        assertEquals(6, Sweeps.completed(out));
        assertEveryRunOnce(out, 6);
      }
    }
  }

  @Test
  void diskFullInEveryCommandThatWritesIsOneLine() throws Exception {
    Path spec = spec();
    Path inst = dir.resolve("inst");
    assertEquals(0, Cli.run("gen", "completion", "--out", inst.toString()).exit);
    Path sweep = dir.resolve("sweep");
    assertEquals(0, Cli.run("sweep", spec.toString(), "--out", sweep.toString()).exit);
    try (Tmpfs fs = mount("1m")) {
      fs.fill(20_000);
      Path m = fs.dir();
      String[][] commands = {
        {"gen", "completion", "--out", m + "/gen"},
        {"gen", "sensing", "--out", m + "/gens", "--measurements", "500"},
        {"train", "-q", "--instance", inst.toString(), "--out", m + "/train", "--max-iters", "3"},
        {"solve", "svt", "--instance", inst.toString(), "--out", m + "/solve"},
        {"results", "export", sweep.toString(), "--csv", m + "/runs.csv", "--metrics"},
      };
      for (String[] c : commands) {
        Cli r = Cli.run(c);
        assertEquals(1, r.exit, String.join(" ", c) + ": " + r.err);
        String line = Sandbox.oneLine(r);
        assertTrue(line.contains("no space left on device"), line);
        assertTrue(line.contains(m.toString()), "names the file: " + line);
      }
      // A run folder either has no summary or records the failure: none counts as done.
      Path summary = m.resolve("train/summary.json");
      assertTrue(
          !Files.exists(summary) || "failed".equals(Json.readObject(summary).get("stop_reason")),
          "a summary that counts as done");
    }
  }

  @Test
  void readOnlyFileSystemsAreRefusedBeforeAnyWork() throws Exception {
    Path spec = spec();
    Path inst = dir.resolve("inst");
    assertEquals(0, Cli.run("gen", "completion", "--out", inst.toString()).exit);
    try (Tmpfs fs = mount("4m")) {
      Path sweep = fs.dir().resolve("sweep");
      assertEquals(0, Cli.run("sweep", spec.toString(), "--out", sweep.toString()).exit);
      fs.readOnly();
      Path m = fs.dir();
      String[][] commands = {
        {"sweep", spec.toString(), "--out", m + "/other"},
        {"sweep", spec.toString(), "--out", sweep.toString()},
        {"gen", "completion", "--out", m + "/gen"},
        {"train", "-q", "--instance", inst.toString(), "--out", m + "/train"},
        {"solve", "nuclear", "--instance", inst.toString(), "--out", m + "/solve"},
        {"results", "export", sweep.toString(), "--csv", m + "/runs.csv"},
      };
      for (String[] c : commands) {
        Cli r = Cli.run(c);
        assertEquals(2, r.exit, String.join(" ", c) + ": " + r.err);
        String line = Sandbox.oneLine(r);
        assertTrue(line.contains("read-only file system"), line);
      }
      Cli list = Cli.run("results", "list", sweep.toString());
      assertEquals(0, list.exit, list.err);
      assertEquals(7, list.out.lines().count());
    }
  }

  /** Files that even root cannot write (chattr +i), where the file system allows it. */
  @Test
  void immutableFilesAndFoldersAreRefusedBeforeAnyRunExecutes() throws Exception {
    Path spec = spec();
    Path sweep = dir.resolve("sweep");
    assertEquals(0, Cli.run("sweep", spec.toString(), "--out", sweep.toString()).exit);
    Path db = sweep.resolve(ResultsDb.FILE_NAME);
    Path more =
        Files.writeString(dir.resolve("more.toml"), SPEC.replace("repeats = 6", "repeats = 7"));
    assumeTrue(Sweeps.succeeds("chattr", "+i", db.toString()), "chattr +i is not available");
    try {
      Cli r = Cli.run("sweep", more.toString(), "--out", sweep.toString());
      assertEquals(2, r.exit, r.err);
      assertTrue(Sandbox.oneLine(r).contains("results.db: read-only"), r.err);
      assertEquals(6, Sweeps.completed(sweep), "a run was executed before the refusal");
      Cli list = Cli.run("results", "list", sweep.toString());
      assertEquals(0, list.exit, list.err);
    } finally {
      Sweeps.succeeds("chattr", "-i", db.toString());
    }
    Path locked = Files.createDirectories(dir.resolve("locked"));
    assumeTrue(Sweeps.succeeds("chattr", "+i", locked.toString()));
    try {
      for (String[] c :
          new String[][] {
            {"sweep", spec.toString(), "--out", locked + "/s"},
            {"gen", "completion", "--out", locked.toString()},
            {"results", "export", sweep.toString(), "--csv", locked + "/x.csv"},
          }) {
        Cli r = Cli.run(c);
        assertEquals(2, r.exit, r.err);
        assertTrue(Sandbox.oneLine(r).contains("cannot write in " + locked), r.err);
      }
    } finally {
      Sweeps.succeeds("chattr", "-i", locked.toString());
    }
  }

  @Test
  void aCorruptDatabaseUnderASweepIsOneLineAndTheSweepRebuildsIt() throws Exception {
    Path spec = spec();
    Path sweep = dir.resolve("sweep");
    assertEquals(0, Cli.run("sweep", spec.toString(), "--out", sweep.toString()).exit);
    Path db = sweep.resolve(ResultsDb.FILE_NAME);
    byte[] whole = Files.readAllBytes(db);
    Files.write(db, Arrays.copyOf(whole, 4096 + 7));
    Cli r = Cli.run("sweep", spec.toString(), "--out", sweep.toString());
    assertEquals(2, r.exit, r.err);
    assertTrue(Sandbox.oneLine(r).contains("corrupt"), r.err);
    Files.writeString(db, "garbage");
    r = Cli.run("sweep", spec.toString(), "--out", sweep.toString());
    assertEquals(2, r.exit, r.err);
    assertTrue(Sandbox.oneLine(r).contains("not a results database (not SQLite)"), r.err);
    Files.delete(db);
    r = Cli.run("sweep", spec.toString(), "--out", sweep.toString());
    assertEquals(0, r.exit, r.err);
    assertTrue(r.out.contains("6 runs (0 executed now)"), r.out);
    assertEveryRunOnce(sweep, 6);
  }
}
