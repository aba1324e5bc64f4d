package dmf.cli;

import dmf.base.UserInputException;
import dmf.experiment.RunFailure;
import dmf.experiment.RunOutcome;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** Short human-readable lines about a finished run. */
final class Report {
  private Report() {}

  static void summary(PrintStream out, Map<String, Object> s, Path folder) {
    StringBuilder sb = new StringBuilder();
    sb.append(
        String.format(
            Locale.ROOT,
            "%s after %,d iterations in %.2f s: train loss %.3e",
            s.get("stop_reason"),
            ((Number) s.get("iterations")).longValue(),
            ((Number) s.get("seconds")).doubleValue(),
            num(s, "train_loss")));
    if (s.containsKey("test_error")) {
      sb.append(String.format(Locale.ROOT, ", test error %.3e", num(s, "test_error")));
    }
    sb.append(
        String.format(
            Locale.ROOT,
            ", nuclear norm %.4g, effective rank %.3f",
            num(s, "nuclear_norm"),
            num(s, "effective_rank")));
    out.println(sb);
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

  private static double num(Map<String, Object> s, String key) {
    Object v = s.get(key);
    return v instanceof Number ? ((Number) v).doubleValue() : Double.NaN;
  }
}
