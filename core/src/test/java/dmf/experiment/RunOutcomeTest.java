package dmf.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dmf.base.Printout;
import dmf.base.UserInputException;
import dmf.experiment.RunFailure.Cause;
import dmf.io.store.RunText;
import dmf.problem.SolveObserver;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a command shows for a finished run, for a fault and for a user mistake. */
class RunOutcomeTest {
  @TempDir Path dir;

  @Test
  void aRunShowsItsSummaryAndFolderAFaultOneLineAUserMistakeItsMessage() {
    RunSpec run =
        RunSpec.of(
            ProblemKind.COMPLETION,
            ProblemKind.COMPLETION
                .table()
                .resolve(Map.of("rows", 6, "cols", 5, "rank", 1, "observations", 12)),
            "softimpute",
            Solvers.find("softimpute").table().defaults(),
            Map.of());
    Path out = dir.resolve("run");
    RunOutcome o = RunExecutor.execute(run, out, SolveObserver.NONE, false);
    assertEquals(
        Printout.of(List.of(RunText.summaryLine(o.summary()), "results: " + out)), o.printout());
    Printout p = failed(o, Cause.MACHINE, "disk full").printout();
    assertEquals(List.of(), p.out());
    assertEquals(List.of("the run failed: disk full (details in " + out + ")"), p.err());
    assertEquals(1, p.exitCode());
    RunOutcome mistake = failed(o, Cause.USER, "rows.npy: bad");
    assertEquals(
        "rows.npy: bad", assertThrows(UserInputException.class, mistake::printout).getMessage());
  }

  /** The same run, failed. */
  static RunOutcome failed(RunOutcome o, Cause cause, String message) {
    return new RunOutcome(
        o.run(),
        o.folder(),
        o.row(),
        List.of(),
        Optional.empty(),
        Optional.of(new RunFailure(cause, message, "")));
  }
}
