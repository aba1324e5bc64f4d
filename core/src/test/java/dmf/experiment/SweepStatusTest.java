package dmf.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dmf.base.Printout;
import dmf.experiment.RunFailure.Cause;
import dmf.testing.RecordedStatus;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A sweep's status lines, its closing line and the lines of its failed runs. */
class SweepStatusTest {
  @Test
  void barCountsAndNotes() {
    RecordedStatus sink = new RecordedStatus(false);
    SweepStatus s = new SweepStatus(sink, "sweep x");
    s.progress(0, 4, 0, 0, Double.NaN, "");
    s.progress(1, 4, 0, 1, 3, "a converged");
    s.progress(2, 4, 1, 75, 75, "waiting for run b (held by pid 7)");
    s.progress(4, 4, 1, 130, 0, "c converged");
    assertEquals(
        List.of(
            "sweep x [....................] 0/4 runs  0s  ETA ?",
            "sweep x [####################] 4/4 runs, 1 failed  2m10s  ETA 0s"),
        sink.shown,
        "a log shows the first line, then one every five seconds, and the last");
    assertEquals(List.of("sweep x: waiting for run b (held by pid 7)"), sink.notes);
  }

  @Test
  void summaryAndFailureLines() {
    assertEquals(
        "fig1: 24 runs (3 executed now) in results/fig1",
        SweepRunner.summaryLine("fig1", 24, 3, Path.of("results/fig1")));
    Map<String, RunFailure> f = new LinkedHashMap<>();
    assertEquals(List.of(), new SweepRunner.Result(2, 2, f).failureLines(null));
    f.put("a", new RunFailure(Cause.INTERNAL, "boom", "trace"));
    f.put("b", new RunFailure(Cause.USER, "bad\nvalue", ""));
    assertEquals(
        List.of(
            "2 runs failed; run b failed (user): bad value (all: dmf results list out)",
            "run a (internal): boom"),
        new SweepRunner.Result(2, 2, f).failureLines(Path.of("out")));
  }

  @Test
  void aPrintoutHoldsTheSummaryTheFailuresAndTheExitCode() {
    Map<String, RunFailure> f = new LinkedHashMap<>();
    assertEquals(
        new Printout(List.of("s"), List.of(), 0),
        new SweepRunner.Result(2, 2, f).printout(List.of("s"), null));
    f.put("a", new RunFailure(Cause.MACHINE, "disk full", ""));
    assertEquals(
        new Printout(List.of("s"), List.of("run a failed (machine): disk full"), 1),
        new SweepRunner.Result(2, 1, f).printout(List.of("s"), null));
    f.put("b", new RunFailure(Cause.USER, "bad", ""));
    assertEquals(2, new SweepRunner.Result(2, 0, f).printout(List.of("s"), null).exitCode());
  }
}
