package dmf.cli;

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

  private static double num(Map<String, Object> s, String key) {
    Object v = s.get(key);
    return v instanceof Number ? ((Number) v).doubleValue() : Double.NaN;
  }
}
