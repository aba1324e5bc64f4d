package dmf.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dmf.base.UserInputException;
import dmf.testing.Sweeps;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sweeps that share a folder (here two runners in two threads; the two-process case is in
 * dmf.cli.FaultTest) execute each run once and leave the database a single sweep would.
 */
class SweepConcurrencyTest {
  @TempDir Path dir;

  static final String SPEC =
      "name = \"c\"\nrepeats = 3\n[base]\nrows = 12\ncols = 10\nrank = 2\nobservations = 60\n"
          + "max_iters = 400\nlog_every = 100\n[grid]\ndepth = [1, 2, 3]\n";

  List<RunSpec> runs(String text) throws Exception {
    Path f = dir.resolve("spec.toml");
    Files.writeString(f, text);
    return SweepSpec.read(f).expand();
  }

  /** Runs the sweep with two runners at once, in two threads, on one folder. */
  static List<SweepRunner.Result> twoAtOnce(Path folder, List<RunSpec> runs) throws Exception {
    ExecutorService two = Executors.newFixedThreadPool(2);
    try {
      List<Future<SweepRunner.Result>> futures = new ArrayList<>();
      for (int i = 0; i < 2; i++) {
        futures.add(
            two.submit(() -> new SweepRunner(folder, 1).run(runs, (a, b, c, d, e, f) -> {})));
      }
      List<SweepRunner.Result> results = new ArrayList<>();
      for (Future<SweepRunner.Result> f : futures) {
        results.add(f.get());
      }
      return results;
    } finally {
      two.shutdownNow();
    }
  }

  @Test
  void twoRunnersOnOneFolderExecuteEachRunOnce() throws Exception {
    List<RunSpec> runs = runs(SPEC);
    Path shared = dir.resolve("shared");
    int executed = 0;
    for (SweepRunner.Result r : twoAtOnce(shared, runs)) {
      assertEquals(0, r.failures().size());
      executed += r.executed();
    }
    assertEquals(runs.size(), executed, "runs executed by the two runners together");
    Path single = dir.resolve("single");
    assertEquals(
        runs.size(), new SweepRunner(single, 2).run(runs, (a, b, c, d, e, f) -> {}).executed());
    Map<String, Object> expected = Sweeps.content(single);
    assertEquals(runs.size(), expected.size());
    assertEquals(expected, Sweeps.content(shared));
  }

  @Test
  void aFailedRunIsAttemptedOnceByTwoRunners() throws Exception {
    String spec =
        "name = \"f\"\n[base]\nkind = \"instance\"\nmax_iters = 3\n[grid]\ninstance = [\""
            + dir.resolve("unreadable")
            + "\"]\n";
    Files.createDirectories(dir.resolve("unreadable"));
    Files.writeString(dir.resolve("unreadable/rows.npy"), "not an npy file");
    List<RunSpec> runs = runs(spec); // an instance folder by its files; unreadable when run
    int executed = 0;
    for (SweepRunner.Result r : twoAtOnce(dir.resolve("shared"), runs)) {
      assertEquals(1, r.failures().size(), "both report the failure");
      assertTrue(r.anyUserError());
      assertEquals(2, r.exitCode());
      executed += r.executed();
    }
    assertEquals(1, executed);
  }

  @Test
  void workersMustBePositive() {
    for (int w : new int[] {0, -1, 5000}) {
      assertThrows(UserInputException.class, () -> new SweepRunner(dir, w));
    }
  }
}
