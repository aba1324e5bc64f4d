package dmf.cli;

import dmf.base.UserInputException;
import dmf.experiment.RunFailure;
import dmf.experiment.RunOutcome;
import dmf.io.store.RunText;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;

/** Prints the short lines about a finished run. */
final class Report {
  private Report() {}

  static void summary(PrintStream out, Map<String, Object> s, Path folder) {
    out.println(RunText.summaryLine(s));
    out.println("results: " + folder);
  }

  /**
   * Prints a finished run, or turns its failure into the command's error: a user mistake becomes
   * the one-line {@code dmf: …} with exit code 2, anything else exit code 1.
   *
   * @param o the outcome
   * @param progress the progress line to end
   * @return the exit code
   */
  static int outcome(RunOutcome o, Progress progress) {
    progress.finish();
    if (o.error().isPresent()) {
      RunFailure f = o.error().get();
      if (f.userError()) {
        throw new UserInputException(f.message());
      }
      System.err.println(
          "dmf: the run failed: " + f.message() + " (details in " + o.folder() + ")");
      return 1;
    }
    summary(System.out, o.summary(), o.folder());
    return 0;
  }
}
