package dmf.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dmf.base.UserInputException;
import dmf.io.store.ResultsDb;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SweepEnginesTest {
  @TempDir Path dir;

  @Test
  void theCoreHasOnlyTheLocalEngine() {
    assertEquals(List.of(SweepEngines.LOCAL), SweepEngines.names());
    UserInputException e = assertThrows(UserInputException.class, () -> SweepEngines.find("spark"));
    assertTrue(e.getMessage().contains("dmf-spark.jar"), e.getMessage());
  }

  @Test
  void theLocalEngineRunsTheSweepAndRejectsClusterSettings() throws Exception {
    Path f = dir.resolve("spec.toml");
    Files.writeString(f, SweepTest.SPEC);
    List<RunSpec> runs = SweepSpec.read(f).expand();
    SweepEngine local = SweepEngines.find(SweepEngines.LOCAL);
    Path out = dir.resolve("out");
    assertThrows(
        UserInputException.class,
        () -> local.run(new SweepJob(out, runs, 1, true, "spark://h:7077", Map.of()), null));
    List<String> reported = new ArrayList<>();
    SweepRunner.Result r =
        local.run(
            new SweepJob(out, runs, 2, true, "", Map.of()),
            (done, total, failed, el, eta, last) -> reported.add(last));
    assertEquals(runs.size(), r.executed());
    // One report at the start, then one per run, each naming its run once.
    assertEquals(runs.size() + 1, reported.size());
    for (RunSpec run : runs) {
      assertEquals(1, reported.stream().filter(s -> s.startsWith(run.id() + " ")).count());
    }
    try (ResultsDb db = ResultsDb.open(out.resolve(ResultsDb.FILE_NAME))) {
      assertEquals(runs.size(), db.runs().size());
    }
  }
}
