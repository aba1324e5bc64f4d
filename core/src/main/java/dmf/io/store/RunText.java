package dmf.io.store;

import dmf.base.UserInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Short human-readable texts about runs: the one-line summary of a finished run and the table of a
 * results database. Callers print them.
 */
public final class RunText {
  private RunText() {}

  /**
   * @param s a run summary (summary.json)
   * @return "REASON after N iterations in S s: train loss …, test error …, nuclear norm …,
   *     effective rank …"
   */
  public static String summaryLine(Map<String, Object> s) {
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
    return sb.toString();
  }

  private static double num(Map<String, Object> s, String key) {
    return s.get(key) instanceof Number n ? n.doubleValue() : Double.NaN;
  }

  /**
   * @param dirOrFile a sweep folder or its results.db
   * @return the open database (read as it is; close it when done)
   * @throws UserInputException if there is no database there
   */
  public static ResultsDb open(Path dirOrFile) {
    Path db = Files.isDirectory(dirOrFile) ? dirOrFile.resolve(ResultsDb.FILE_NAME) : dirOrFile;
    if (!Files.isRegularFile(db)) {
      throw new UserInputException(db + ": no results database");
    }
    return ResultsDb.open(db);
  }

  /**
   * @param runs stored runs
   * @return a header and one line per run: id, status, solver, depth, rank, observations or
   *     measurements, test error, stop reason
   */
  public static List<String> table(List<RunRow> runs) {
    List<String> out = new ArrayList<>();
    out.add(
        String.format(
            Locale.ROOT,
            "%-12s %-9s %-10s %-6s %-6s %-8s %12s %10s",
            "run",
            "status",
            "solver",
            "depth",
            "rank",
            "obs",
            "test_error",
            "stop"));
    for (RunRow r : runs) {
      Map<String, Object> s = r.settings();
      out.add(
          String.format(
              Locale.ROOT,
              "%-12s %-9s %-10s %-6s %-6s %-8s %12.4e %10s",
              r.runId(),
              r.status(),
              s.get("solver"),
              s.getOrDefault("depth", "-"),
              s.get("rank"),
              s.getOrDefault("observations", s.get("measurements")),
              r.summaryNumber("test_error"),
              r.summary().get("stop_reason")));
    }
    return out;
  }

  /**
   * @param r a stored run
   * @return id, status, settings, summary and provenance, for JSON
   */
  public static Map<String, Object> detail(RunRow r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("run_id", r.runId());
    m.put("status", r.status());
    m.put("settings", r.settings());
    m.put("summary", r.summary());
    m.put("provenance", r.provenance());
    return m;
  }
}
