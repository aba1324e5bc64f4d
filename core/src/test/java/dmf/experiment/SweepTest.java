package dmf.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dmf.base.UserInputException;
import dmf.io.store.ResultsDb;
import dmf.io.store.RunFolder;
import dmf.io.store.RunRow;
import dmf.testing.Sweeps;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SweepTest {
  @TempDir Path dir;

  static final String SPEC =
      "name = \"t\"\nseed = 7\nrepeats = 2\n"
          + "[base]\nrows = 12\ncols = 10\nrank = 2\nmax_iters = 300\ninit_scale = 0.01\nlr = 0.01\n"
          + "log_every = 100\n"
          + "[grid]\nobservations = [60, 90]\ndepth = [2, 3]\n";

  SweepSpec spec(String text) throws Exception {
    Path f = dir.resolve("spec.toml");
    Files.writeString(f, text);
    return SweepSpec.read(f);
  }

  @Test
  void expandsTheGridWithDerivedSeeds() throws Exception {
    List<RunSpec> runs = spec(SPEC).expand();
    assertEquals(8, runs.size());
    assertEquals(8, runs.stream().map(RunSpec::id).distinct().count());
    // Deterministic: expanding again gives the same ids.
    assertEquals(runs, spec(SPEC).expand());
    // Within a repeat, all runs share the instance seed and the init seed; repeats differ.
    Set<Object> problemSeeds0 = new HashSet<>();
    Set<Object> problemSeeds1 = new HashSet<>();
    for (RunSpec r : runs) {
      ((long) r.settings().get("repeat") == 0 ? problemSeeds0 : problemSeeds1)
          .add(r.settings().get("problem_seed"));
    }
    assertEquals(1, problemSeeds0.size());
    assertEquals(1, problemSeeds1.size());
    assertNotEquals(problemSeeds0, problemSeeds1);
    // A different root seed changes every id.
    List<RunSpec> other = spec(SPEC.replace("seed = 7", "seed = 8")).expand();
    assertTrue(
        other.stream()
            .map(RunSpec::id)
            .noneMatch(runs.stream().map(RunSpec::id).collect(Collectors.toSet())::contains));
  }

  @Test
  void rejectsUnknownSettings() throws Exception {
    assertThrows(
        UserInputException.class, () -> spec(SPEC.replace("lr = 0.01", "lrr = 0.01")).expand());
    assertThrows(UserInputException.class, () -> spec(SPEC + "[extra]\na = 1\n"));
  }

  @Test
  void resolvesAndValidatesPsdSensingBeforeRunning() throws Exception {
    String psd =
        "name = \"psd\"\n[base]\nkind = \"psd_sensing\"\nsolver = \"symmetric\"\n" + "rows = 10\n";
    Map<String, Object> s = spec(psd).expand().get(0).settings();
    assertEquals("planted", s.get("truth"));
    assertEquals(60L, ((Number) s.get("measurements")).longValue()); // 3·n·r with r = 2
    assertThrows(UserInputException.class, () -> spec(psd + "truth = \"flat\"\n").expand());
    assertThrows(UserInputException.class, () -> spec(psd + "rank = 11\n").expand());
  }

  @Test
  void runsIntoFoldersAndDatabaseAndSkipsDoneRuns() throws Exception {
    List<RunSpec> runs = spec(SPEC).expand();
    Path out = dir.resolve("out");
    assertEquals(8, new SweepRunner(out, 2).run(runs, (a, b, c, d, e, f) -> {}).executed());
    for (RunSpec r : runs) {
      assertTrue(RunFolder.isComplete(out.resolve("runs").resolve(r.id())));
    }
    try (ResultsDb db = ResultsDb.open(out.resolve(ResultsDb.FILE_NAME))) {
      assertEquals(8, db.runs("t").size());
      RunRow row = db.run(runs.get(0).id()).orElseThrow();
      assertEquals(RunRow.COMPLETED, row.status());
      assertTrue(Double.isFinite(row.summaryNumber("test_error")));
      assertEquals(4, db.metrics(row.runId()).stream().map(m -> m.iteration()).distinct().count());
    }
    assertEquals(0, new SweepRunner(out, 2).run(runs, (a, b, c, d, e, f) -> {}).executed());
  }

  @Test
  void resumesAfterTheProcessIsKilled() throws Exception {
    String spec =
        SPEC.replace("max_iters = 300", "max_iters = 20000").replace("repeats = 2", "repeats = 3");
    Path specFile = dir.resolve("kill.toml");
    Files.writeString(specFile, spec);
    List<RunSpec> runs = SweepSpec.read(specFile).expand();
    Path out = dir.resolve("killed");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p =
        new ProcessBuilder(
                java,
                "-cp",
                System.getProperty("java.class.path"),
                "dmf.cli.Main",
                "sweep",
                specFile.toString(),
                "--out",
                out.toString(),
                "--workers",
                "1")
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("child.log").toFile())
            .start();
    long deadline = System.nanoTime() + 120_000_000_000L;
    while (Sweeps.completed(out) < 2 && p.isAlive() && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertTrue(
        p.isAlive(),
        "the child finished before it could be killed: "
            + Files.readString(dir.resolve("child.log")));
    p.destroyForcibly().waitFor(); // SIGKILL: no shutdown hooks, no cleanup
    int before = Sweeps.completed(out);
    assertTrue(before >= 2 && before < runs.size(), "completed before kill: " + before);
    int executed = new SweepRunner(out, 1).run(runs, (a, b, c, d, e, f) -> {}).executed();
    assertEquals(runs.size(), Sweeps.completed(out));
    assertTrue(executed <= runs.size() - before, "re-executed completed runs: " + executed);
    try (ResultsDb db = ResultsDb.open(out.resolve(ResultsDb.FILE_NAME))) {
      List<String> ids = new ArrayList<>();
      db.runs().forEach(r -> ids.add(r.runId()));
      assertEquals(
          runs.stream().map(RunSpec::id).sorted().toList(), ids.stream().sorted().toList());
      assertTrue(db.runs().stream().allMatch(r -> r.status().equals(RunRow.COMPLETED)));
    }
  }

  @Test
  void refusesNamesThatAreNotPlainFolderNames() throws Exception {
    for (String name : new String[] {"", "../../x", "a/b", ".hidden", "x".repeat(101)}) {
      UserInputException e =
          assertThrows(
              UserInputException.class,
              () -> spec(SPEC.replace("name = \"t\"", "name = \"" + name + "\"")));
      assertTrue(e.getMessage().contains("name must be a plain folder name"), e.getMessage());
    }
    assertEquals("a.b-c_1", spec(SPEC.replace("name = \"t\"", "name = \"a.b-c_1\"")).name());
  }

  @Test
  void refusesEmptySpecsAndGridsPastTheLimitBeforeExpanding() throws Exception {
    assertThrows(UserInputException.class, () -> spec(""));
    assertThrows(UserInputException.class, () -> spec("# only a comment\n"));
    StringBuilder axis = new StringBuilder("[0");
    for (int i = 1; i < 400; i++) {
      axis.append(", ").append(i);
    }
    axis.append("]");
    SweepSpec big =
        spec(SPEC + "seed = " + axis + "\nlr = " + axis.toString().replace(", ", "e-6, ") + "\n");
    long t0 = System.nanoTime();
    String m = assertThrows(UserInputException.class, big::expand).getMessage();
    assertTrue(m.contains("would hold 1280000 runs"), m);
    assertTrue(System.nanoTime() - t0 < 5_000_000_000L, "refused without expanding");
  }
}
