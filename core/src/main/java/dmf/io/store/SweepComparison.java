package dmf.io.store;

import dmf.base.Printout;
import dmf.io.Json;
import dmf.settings.Setting;
import dmf.settings.Settings;
import dmf.settings.SettingsTable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Compares two sweep folders run by run, bit for bit, except wall-clock times: the database rows
 * (status, settings, summary without "seconds"), the metric series (without "seconds"), and every
 * file of every run folder (config.toml and the .npy files byte for byte, summary.json without
 * "seconds", metrics.csv without its seconds column; provenance.json holds times and hosts and is
 * skipped, error.txt holds a stack trace and is only required to exist in both). Two engines, or
 * two machines, that ran the same spec must agree.
 */
public final class SweepComparison {
  /** The summary key and metric name of wall-clock seconds, the one thing allowed to differ. */
  public static final String SECONDS = "seconds";

  private static final String SAME = "same: ";

  private SweepComparison() {}

  /** One sweep folder. */
  public static final Setting<Path> A = Setting.ofPath("a", "a sweep folder").required();

  /** The other. */
  public static final Setting<Path> B = Setting.ofPath("b", "another sweep folder").required();

  /** What {@code dmf results compare} compares. */
  public static final SettingsTable TABLE = SettingsTable.of("results compare", A, B);

  /**
   * What {@code dmf results compare} does.
   *
   * @param s settings of {@link #TABLE}
   * @return the report ({@link #report}), exit code 1 when the sweeps differ
   */
  public static Printout compare(Settings s) {
    List<String> lines = report(s.get(A), s.get(B));
    return new Printout(lines, List.of(), same(lines) ? 0 : 1);
  }

  /**
   * @param a a sweep folder (results.db and runs/)
   * @param b another
   * @return the differences, one line each; empty when the two agree
   * @throws UncheckedIOException when a folder cannot be read
   */
  public static List<String> differences(Path a, Path b) {
    try {
      return compare(a, b);
    } catch (IOException ex) {
      throw new UncheckedIOException("cannot compare " + a + " with " + b + ": " + ex, ex);
    }
  }

  /**
   * Compares two sweep folders for a person: both must hold results databases.
   *
   * @param a a sweep folder
   * @param b another
   * @return the lines to show: one line saying they are the same, or the count of differences and
   *     the first twenty, indented (a folder without a results database is a user mistake)
   */
  public static List<String> report(Path a, Path b) {
    RunText.open(b).close();
    int runs;
    try (ResultsDb db = RunText.open(a)) {
      runs = db.runs().size();
    }
    List<String> diffs = differences(a, b);
    if (diffs.isEmpty()) {
      return List.of(
          SAME
              + runs
              + " runs, equal settings, summaries, metric series and run files"
              + " (wall-clock seconds aside)");
    }
    List<String> lines = new ArrayList<>();
    lines.add(diffs.size() + " difference(s):");
    diffs.stream().limit(20).forEach(d -> lines.add("  " + d));
    return lines;
  }

  /**
   * @param report the lines of {@link #report}
   * @return whether they say the two folders are the same
   */
  public static boolean same(List<String> report) {
    return report.get(0).startsWith(SAME);
  }

  private static List<String> compare(Path a, Path b) throws IOException {
    List<String> diffs = new ArrayList<>();
    Map<String, RunRow> ra = rows(a);
    Map<String, RunRow> rb = rows(b);
    if (!ra.keySet().equals(rb.keySet())) {
      diffs.add("run ids differ: " + ra.keySet() + " vs " + rb.keySet());
      return diffs;
    }
    for (String id : ra.keySet()) {
      RunRow x = ra.get(id);
      RunRow y = rb.get(id);
      check(diffs, id + " status", x.status(), y.status());
      check(diffs, id + " settings", x.settings(), y.settings());
      check(diffs, id + " summary", timeless(x.summary()), timeless(y.summary()));
      check(diffs, id + " metrics", metrics(a, id), metrics(b, id));
      files(diffs, RunFolder.inSweep(a, id), RunFolder.inSweep(b, id), id);
    }
    return diffs;
  }

  private static void files(List<String> diffs, Path a, Path b, String id) throws IOException {
    List<String> fa = list(a);
    List<String> fb = list(b);
    check(diffs, id + " files", fa, fb);
    for (String f : fa) {
      if (!fb.contains(f) || f.equals(RunFolder.PROVENANCE) || f.equals("error.txt")) {
        continue;
      }
      Path x = a.resolve(f);
      Path y = b.resolve(f);
      if (f.equals(RunFolder.SUMMARY)) {
        check(diffs, id + " " + f, timeless(Json.readObject(x)), timeless(Json.readObject(y)));
      } else if (f.equals(RunFolder.METRICS)) {
        check(diffs, id + " " + f, withoutSeconds(x), withoutSeconds(y));
      } else if (!Arrays.equals(Files.readAllBytes(x), Files.readAllBytes(y))) {
        diffs.add(id + " " + f + " differs");
      }
    }
  }

  private static void check(List<String> diffs, String what, Object x, Object y) {
    if (!x.equals(y)) {
      diffs.add(what + ": " + x + " vs " + y);
    }
  }

  private static Map<String, RunRow> rows(Path sweep) {
    Map<String, RunRow> rows = new TreeMap<>();
    try (ResultsDb db = ResultsDb.open(sweep.resolve(ResultsDb.FILE_NAME))) {
      for (RunRow r : db.runs()) {
        rows.put(r.runId(), r);
      }
    }
    return rows;
  }

  private static List<String> metrics(Path sweep, String id) {
    try (ResultsDb db = ResultsDb.open(sweep.resolve(ResultsDb.FILE_NAME))) {
      List<String> m = new ArrayList<>();
      for (MetricRow r : db.metrics(id)) {
        if (!r.name().equals(SECONDS)) {
          m.add(r.iteration() + " " + r.name() + " " + Double.doubleToLongBits(r.value()));
        }
      }
      return m;
    }
  }

  private static Map<String, Object> timeless(Map<String, Object> summary) {
    Map<String, Object> m = new LinkedHashMap<>(summary);
    m.remove(SECONDS);
    return m;
  }

  private static List<String> withoutSeconds(Path csv) throws IOException {
    List<String> lines = new ArrayList<>();
    for (String line : Files.readAllLines(csv)) {
      List<String> cells = new ArrayList<>(Arrays.asList(line.split(",", -1)));
      if (cells.size() > 1) {
        cells.remove(1);
      }
      lines.add(String.join(",", cells));
    }
    return lines;
  }

  /** The run folder's files, without hidden ones (a sweep's run claims). */
  private static List<String> list(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile)
          .filter(p -> !p.getFileName().toString().startsWith("."))
          .map(p -> dir.relativize(p).toString())
          .sorted()
          .toList();
    }
  }
}
