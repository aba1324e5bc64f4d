package dmf.paper;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dmf.base.Printout;
import dmf.base.UserInputException;
import dmf.base.Workers;
import dmf.experiment.SweepRunner;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A reproduction as dmf reproduce names it: the defaults filled in, the lines it prints. */
class ReproductionJobTest {
  @Test
  void fillsInTheQuickVariantTheFolderAndTheWorkers() {
    ReproductionJob j = ReproductionJob.of("fig2", false, false, null, null, null, null);
    assertEquals("fig2", j.rep().name());
    assertTrue(j.quick());
    assertEquals(Path.of("results", j.rep().folder()), j.dir());
    assertEquals(Workers.defaultParallelRuns(), j.workers());
    assertEquals(List.of(), j.reuse());
    assertEquals("reproduce fig2 --quick", j.label());
    ReproductionJob full = ReproductionJob.of("fig2", false, true, Path.of("x"), 3, null, null);
    assertEquals(new ReproductionJob(j.rep(), false, Path.of("x"), 3, List.of()), full);
    assertEquals("reproduce fig2 --full", full.label());
  }

  @Test
  void refusesBothVariantsAndUnknownNames() {
    assertEquals(
        "choose one of --quick and --full",
        assertThrows(
                UserInputException.class,
                () -> ReproductionJob.of("fig1", true, true, null, null, null, null))
            .getMessage());
    assertTrue(
        assertThrows(
                UserInputException.class,
                () -> ReproductionJob.of("fig9", false, false, null, null, null, null))
            .getMessage()
            .startsWith("unknown figure 'fig9'"));
  }

  @Test
  void itShowsTheSummaryThenTheClaimsAndTheReport() {
    ReproductionJob j = ReproductionJob.of("fig1", true, false, Path.of("out"), 2, null, null);
    ReproductionResult r =
        new ReproductionResult(
            "fig1",
            Path.of("out"),
            Path.of("out", "report.md"),
            List.of(),
            List.of(),
            12,
            new SweepRunner.Result(12, 3, Map.of()));
    assertEquals(
        Printout.of(
            List.of(
                "reproduce fig1 --quick: 12 runs (3 executed now) in out",
                "claims:",
                "report: " + Path.of("out", "report.md"))),
        j.printout(r));
  }
}
