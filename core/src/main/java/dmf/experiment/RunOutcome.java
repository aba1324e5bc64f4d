package dmf.experiment;

import dmf.base.Printout;
import dmf.base.UserInputException;
import dmf.io.store.MetricRow;
import dmf.io.store.RunRow;
import dmf.io.store.RunText;
import dmf.problem.SolverResult;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the one run path returns: the row and metric series the results store records, and the
 * solver's result when the run did not fail.
 *
 * @param run the run
 * @param folder where it was written
 * @param row the row for the results store (settings, summary, provenance, status)
 * @param metrics the logged metric series
 * @param result the solver's result, empty when the run failed
 * @param error the failure, empty when the run did not fail
 */
public record RunOutcome(
    RunSpec run,
    Path folder,
    RunRow row,
    List<MetricRow> metrics,
    Optional<SolverResult> result,
    Optional<RunFailure> error) {

  /** Copies the metrics. */
  public RunOutcome {
    metrics = List.copyOf(metrics);
  }

  /**
   * @return the summary written to summary.json
   */
  public Map<String, Object> summary() {
    return row.summary();
  }

  /**
   * @return what a command shows for the run: its summary line and folder; for a failure that is
   *     not the user's, the line that says so and exit code 1
   * @throws UserInputException when the run failed on a user mistake (with its message)
   */
  public Printout printout() {
    if (error.isEmpty()) {
      return Printout.of(List.of(RunText.summaryLine(summary()), "results: " + folder));
    }
    if (error.get().userError()) {
      throw new UserInputException(error.get().message());
    }
    String line = "the run failed: " + error.get().message() + " (details in " + folder + ")";
    return new Printout(List.of(), List.of(line), 1);
  }

  /**
   * @return whether the run failed with an error
   */
  public boolean failed() {
    return error.isPresent();
  }
}
