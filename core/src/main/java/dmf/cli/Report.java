package dmf.cli;

import dmf.base.UserInputException;
import dmf.experiment.RunOutcome;
import dmf.io.store.RunText;

/** Prints the short lines about a finished run. */
final class Report {
  private Report() {}

  /**
   * Prints a finished run, or turns its failure into the command's error: a user mistake becomes
   * the one-line {@code dmf: …} with exit code 2, anything else exit code 1.
   *
   * @param o the outcome
   * @param status the progress line to end
   * @return the exit code
   */
  static int outcome(RunOutcome o, StatusLine status) {
    status.finish();
    o.error().filter(f -> f.userError()).ifPresent(f -> fail(f.message()));
    if (o.error().isPresent()) {
      System.err.printf(
          "dmf: the run failed: %s (details in %s)%n", o.error().get().message(), o.folder());
      return 1;
    }
    System.out.println(RunText.summaryLine(o.summary()));
    System.out.println("results: " + o.folder());
    return 0;
  }

  private static void fail(String message) {
    throw new UserInputException(message);
  }
}
