package dmf.ratings;

import dmf.base.Stats;
import dmf.io.AtomicFiles;
import dmf.plot.Charts;
import dmf.plot.Figure;
import dmf.plot.Panel;
import dmf.plot.Series;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * The results of an evaluation: one row per method with mean ± standard deviation over the splits
 * of RMSE, MAE, precision@k, NDCG@k, fit and predict seconds; written as text, CSV, Markdown and a
 * plot.
 *
 * @param results every method on every split, in the order run
 */
public record Leaderboard(List<FoldResult> results) {
  /** The leaderboard's Markdown file in the folder {@link #write} fills. */
  public static final String MARKDOWN = "leaderboard.md";

  /** Copies the list. */
  public Leaderboard {
    results = List.copyOf(results);
  }

  /** The columns, as (name, value of a result). */
  private static final Map<String, ToDoubleFunction<FoldResult>> COLUMNS = new LinkedHashMap<>();

  static {
    COLUMNS.put("rmse", r -> r.accuracy().rmse());
    COLUMNS.put("mae", r -> r.accuracy().mae());
    COLUMNS.put("precision_at_k", r -> r.ranking().precision());
    COLUMNS.put("ndcg_at_k", r -> r.ranking().ndcg());
    COLUMNS.put("fit_seconds", FoldResult::fitSeconds);
    COLUMNS.put("predict_seconds", FoldResult::predictSeconds);
  }

  /**
   * One method's summary.
   *
   * @param method the method
   * @param splits splits it ran on
   * @param mean mean of each column
   * @param std sample standard deviation of each column
   */
  public record Row(String method, int splits, Map<String, Double> mean, Map<String, Double> std) {}

  /**
   * @return one row per method, in the order methods first appear
   */
  public List<Row> rows() {
    LinkedHashSet<String> methods = new LinkedHashSet<>();
    results.forEach(r -> methods.add(r.method()));
    List<Row> out = new ArrayList<>();
    for (String m : methods) {
      List<FoldResult> mine = results.stream().filter(r -> r.method().equals(m)).toList();
      Map<String, Double> mean = new LinkedHashMap<>();
      Map<String, Double> std = new LinkedHashMap<>();
      COLUMNS.forEach(
          (name, f) -> {
            double[] ms = Stats.meanStd(mine.stream().map(r -> f.applyAsDouble(r)).toList());
            mean.put(name, ms[0]);
            std.put(name, ms[1]);
          });
      out.add(new Row(m, mine.size(), mean, std));
    }
    return out;
  }

  /**
   * @param method a method
   * @return its row
   */
  public Row row(String method) {
    return rows().stream()
        .filter(r -> r.method().equals(method))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no method " + method));
  }

  /**
   * @param k the ranking cut-off, for the headings
   * @return the Markdown table (mean ± std)
   */
  public String markdown(int k) {
    StringBuilder sb =
        new StringBuilder(
            "| method | RMSE | MAE | precision@"
                + k
                + " | NDCG@"
                + k
                + " | fit s | predict s |\n|---|---|---|---|---|---|---|\n");
    for (Row r : rows()) {
      sb.append("| ").append(r.method());
      for (String c : COLUMNS.keySet()) {
        sb.append(" | ").append(pm(r, c));
      }
      sb.append(" |\n");
    }
    return sb.toString();
  }

  /**
   * @param k the ranking cut-off, for the headings
   * @param dir the folder the leaderboard was written to ({@link #write})
   * @return the lines of the plain-text table ({@link #text}), then where leaderboard.md is
   */
  public List<String> lines(int k, Path dir) {
    List<String> lines = new ArrayList<>(text(k).lines().toList());
    lines.add("leaderboard: " + dir.resolve(MARKDOWN));
    return lines;
  }

  /**
   * @param k the ranking cut-off, for the headings
   * @return a plain-text table for a terminal
   */
  public String text(int k) {
    StringBuilder sb =
        new StringBuilder(
            String.format(
                Locale.ROOT,
                "%-14s %-17s %-17s %-17s %-17s %-15s %-15s%n",
                "method",
                "RMSE",
                "MAE",
                "precision@" + k,
                "NDCG@" + k,
                "fit s",
                "predict s"));
    for (Row r : rows()) {
      sb.append(String.format(Locale.ROOT, "%-14s", r.method()));
      for (String c : COLUMNS.keySet()) {
        sb.append(String.format(Locale.ROOT, " %-17s", pm(r, c)));
      }
      sb.append('\n');
    }
    return sb.toString();
  }

  /** Mean ± std, or the mean alone for a single split (where there is no spread). */
  private static String pm(Row r, String c) {
    String one = c.endsWith("seconds") ? "%.2f" : "%.4f";
    return r.splits() == 1
        ? String.format(Locale.ROOT, one, r.mean().get(c))
        : String.format(Locale.ROOT, one + " ± " + one, r.mean().get(c), r.std().get(c));
  }

  /**
   * @return the summary as CSV: method, splits, then mean and std of each column
   */
  public String csv() {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Row r : rows()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("method", r.method());
      m.put("splits", r.splits());
      for (String c : COLUMNS.keySet()) {
        m.put(c + "_mean", r.mean().get(c));
        m.put(c + "_std", r.std().get(c));
      }
      rows.add(m);
    }
    return Csv.of(rows);
  }

  /**
   * @return every result as CSV, one line per method and split
   */
  public String resultsCsv() {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (FoldResult f : results) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("method", f.method());
      m.put("split", f.split());
      COLUMNS.forEach((c, g) -> m.put(c, g.applyAsDouble(f)));
      m.put("predicted", f.accuracy().predicted());
      m.put("dropped", f.accuracy().dropped());
      m.put("ranked_users", f.ranking().users());
      m.put("stop_reason", f.stopReason());
      m.put("chosen", f.chosen().toString());
      rows.add(m);
    }
    return Csv.of(rows);
  }

  /**
   * @param title the figure's title
   * @return RMSE and NDCG (mean ± std) against fit seconds, one marker per method
   */
  public Figure figure(String title) {
    List<Series> rmse = new ArrayList<>();
    List<Series> ndcg = new ArrayList<>();
    for (Row r : rows()) {
      double[] x = {Math.max(r.mean().get("fit_seconds"), 1e-3)};
      rmse.add(point(r, x, "rmse"));
      ndcg.add(point(r, x, "ndcg_at_k"));
    }
    return Figure.of(
            title,
            List.of(
                new Panel("RMSE (lower is better)", "fit seconds", "RMSE", true, false, rmse),
                new Panel("NDCG@k (higher is better)", "fit seconds", "NDCG@k", true, false, ndcg)))
        .withCaption("mean ± standard deviation over the splits; one marker per method");
  }

  private static Series point(Row r, double[] x, String column) {
    double m = r.mean().get(column);
    double sd = r.std().get(column);
    return Series.of(r.method(), x, new double[] {m})
        .withStyle(Series.Style.SCATTER)
        .withSpread(new double[] {m - sd}, new double[] {m + sd}, null);
  }

  /**
   * Writes {@code leaderboard.csv}, {@code leaderboard.md}, {@code results.csv} and {@code
   * leaderboard.png}/{@code .svg} into a folder.
   *
   * @param dir the folder (created if needed)
   * @param k the ranking cut-off
   * @param title the plot's title
   */
  public void write(Path dir, int k, String title) {
    AtomicFiles.createDirectories(dir);
    AtomicFiles.writeString(dir.resolve("leaderboard.csv"), csv());
    AtomicFiles.writeString(dir.resolve(MARKDOWN), markdown(k));
    AtomicFiles.writeString(dir.resolve("results.csv"), resultsCsv());
    Charts.write(figure(title), dir.resolve("leaderboard"));
  }
}
