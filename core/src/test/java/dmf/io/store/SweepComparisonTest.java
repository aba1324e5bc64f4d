package dmf.io.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dmf.base.UserInputException;
import dmf.experiment.RunSpec;
import dmf.experiment.SweepRunner;
import dmf.experiment.SweepSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SweepComparisonTest {
  @TempDir Path dir;
  Path a;
  Path b;
  List<RunSpec> runs;

  @BeforeEach
  void sameSweepTwice() throws Exception {
    Path f = dir.resolve("spec.toml");
    Files.writeString(
        f,
        "name = \"c\"\n[base]\nrows = 8\ncols = 7\nrank = 2\nobservations = 30\nmax_iters = 200\n"
            + "log_every = 50\n[grid]\ndepth = [2, 3]\n");
    runs = SweepSpec.read(f).expand();
    a = dir.resolve("a");
    b = dir.resolve("b");
    new SweepRunner(a, 1).run(runs, (x, y, z, u, v, w) -> {});
    new SweepRunner(b, 2).run(runs, (x, y, z, u, v, w) -> {});
  }

  @Test
  void theSameSpecTwiceAgreesThoughWallTimesDiffer() {
    assertEquals(List.of(), SweepComparison.differences(a, b));
  }

  @Test
  void aChangedSolutionByteIsADifference() throws Exception {
    Path w = RunFolder.inSweep(b, runs.get(0).id()).resolve("w.npy");
    byte[] bytes = Files.readAllBytes(w);
    bytes[bytes.length - 1] ^= 1;
    Files.write(w, bytes);
    List<String> d = SweepComparison.differences(a, b);
    assertEquals(List.of(runs.get(0).id() + " w.npy differs"), d);
  }

  @Test
  void aChangedMetricOrSummaryIsADifference() {
    try (ResultsDb db = ResultsDb.open(b.resolve(ResultsDb.FILE_NAME))) {
      String id = runs.get(1).id();
      MetricRow m =
          db.metrics(id).stream().filter(r -> r.name().equals("train_loss")).findFirst().get();
      db.insertMetrics(
          id, List.of(new MetricRow(m.iteration(), "train_loss", Math.nextUp(m.value()))));
      RunRow r = db.run(id).orElseThrow();
      Map<String, Object> s = new LinkedHashMap<>(r.summary());
      s.put("seconds", 1e9);
      db.upsertRun(r.withSummary(s));
    }
    List<String> d = SweepComparison.differences(a, b);
    assertEquals(1, d.size(), d.toString());
    assertTrue(d.get(0).startsWith(runs.get(1).id() + " metrics"), d.get(0));
  }

  @Test
  void theReportSaysWhetherTheFoldersAreTheSame() {
    List<String> same = SweepComparison.report(a, b);
    assertTrue(SweepComparison.same(same), same.toString());
    new SweepRunner(dir.resolve("c"), 1).run(runs.subList(0, 1), (x, y, z, u, v, w) -> {});
    List<String> other = SweepComparison.report(a, dir.resolve("c"));
    assertFalse(SweepComparison.same(other), other.toString());
  }

  @Test
  void runTextListsShowsAndExportsAStoredSweep() throws Exception {
    assertEquals(1 + runs.size(), RunText.list(a).size());
    String id = runs.get(0).id();
    assertTrue(RunText.show(a, id).contains(id), RunText.show(a, id));
    assertEquals(
        "no run 'nope'",
        assertThrows(UserInputException.class, () -> RunText.show(a, "nope")).getMessage());
    Path csv = dir.resolve("runs.csv");
    assertEquals("wrote " + csv, RunText.export(a, csv, false));
    assertEquals(1 + runs.size(), Files.readAllLines(csv).size());
    Path metrics = dir.resolve("metrics.csv");
    RunText.export(a, metrics, true);
    assertTrue(Files.readAllLines(metrics).size() > 1 + runs.size());
    assertThrows(UserInputException.class, () -> RunText.export(a, dir, false));
  }

  @Test
  void aMissingRunIsADifference() {
    new SweepRunner(dir.resolve("c"), 1).run(runs.subList(0, 1), (x, y, z, u, v, w) -> {});
    List<String> d = SweepComparison.differences(a, dir.resolve("c"));
    assertTrue(d.size() == 1 && d.get(0).startsWith("run ids differ"), d.toString());
  }
}
