package dmf.io.store;

import dmf.base.UserInputException;
import dmf.io.Json;
import dmf.io.OutputPaths;
import dmf.settings.Setting;
import dmf.settings.SettingsTable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Short human-readable texts about runs: the one-line summary of a finished run, the table of a
 * results database and one run's details; and the CSV export of a database. Callers print them.
 */
public final class RunText {
  private RunText() {}

  /** A sweep folder or results database. */
  public static final Setting<Path> DIR =
      Setting.ofPath("dir", "sweep folder or results.db").required();

  /** A run's id. */
  public static final Setting<String> ID = Setting.ofText("id", null, "run id").required();

  /** The CSV file of an export. */
  public static final Setting<Path> CSV = Setting.ofPath("csv", "output CSV file").required();

  /** Metric series instead of runs. */
  public static final Setting<Boolean> METRICS =
      Setting.ofBoolean("metrics", false, "export the metric time series instead of runs");

  /** What {@code dmf results list} reads. */
  public static final SettingsTable LIST = SettingsTable.of("results list", DIR);

  /** What {@code dmf results show} reads. */
  public static final SettingsTable SHOW = SettingsTable.of("results show", DIR, ID);

  /** What {@code dmf results export} reads and writes. */
  public static final SettingsTable EXPORT = SettingsTable.of("results export", DIR, CSV, METRICS);

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
    return ResultsDb.openReadOnly(
        Files.isDirectory(dirOrFile) ? dirOrFile.resolve(ResultsDb.FILE_NAME) : dirOrFile);
  }

  /**
   * @param dir a sweep folder or its results.db
   * @return {@link #table} of its runs
   * @throws UserInputException if there is no database there
   */
  public static List<String> list(Path dir) {
    try (ResultsDb db = open(dir)) {
      return table(db.runs());
    }
  }

  /**
   * @param dir a sweep folder or its results.db
   * @param id a run id
   * @return {@link #detail} of the run as JSON
   * @throws UserInputException if there is no database there, or no such run
   */
  public static String show(Path dir, String id) {
    try (ResultsDb db = open(dir)) {
      RunRow r = db.run(id).orElseThrow(() -> new UserInputException("no run '" + id + "'"));
      return Json.toJson(detail(r));
    }
  }

  /**
   * Writes the runs of a results database, or their metric series, as CSV.
   *
   * @param dir a sweep folder or its results.db
   * @param csv the file to write
   * @param metrics the metric series instead of the runs
   * @return the line that says what was written
   * @throws UserInputException if there is no database there, or the file cannot be written
   */
  public static String export(Path dir, Path csv, boolean metrics) {
    OutputPaths.requireFile(csv, "--csv");
    try (ResultsDb db = open(dir)) {
      if (metrics) {
        db.exportMetricsCsv(csv, null);
      } else {
        db.exportCsv(csv, null);
      }
    }
    return "wrote " + csv;
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
