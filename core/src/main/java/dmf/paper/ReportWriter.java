package dmf.paper;

import dmf.base.UserInputException;
import dmf.experiment.SweepRunner;
import dmf.experiment.SweepSpec;
import dmf.io.AtomicFiles;
import dmf.io.provenance.Provenance;
import dmf.io.store.MetricRow;
import dmf.io.store.ResultsDb;
import dmf.io.store.RunRow;
import dmf.plot.Charts;
import dmf.plot.Figure;
import dmf.plot.Panel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Draws a reproduction from its stored runs and writes report.md: the claims with verdicts, margins
 * and spread, the runs section (stop reasons, cells that did not converge), and each figure (PNG,
 * SVG, PDF) with the numbers behind it.
 */
public final class ReportWriter {
  /** Panels with more points than this get no table (their series are in results.db). */
  static final int MAX_TABLE_ROWS = 40;

  private ReportWriter() {}

  /**
   * Reads the sweep's runs from {@code dir/results.db} and writes figures and report.
   *
   * @param rep the reproduction
   * @param quick which variant
   * @param dir the result folder
   * @param seconds wall time of the sweep in this invocation (0 when only redrawn)
   * @return figures and claims
   * @throws UserInputException if the folder holds no runs of the sweep
   */
  public static ReproductionResult write(
      Reproduction rep, boolean quick, Path dir, double seconds) {
    SweepSpec spec = rep.sweep(quick);
    try (ResultsDb db = ResultsDb.open(dir.resolve(ResultsDb.FILE_NAME))) {
      Map<String, List<MetricRow>> series = new HashMap<>();
      return write(
          rep,
          quick,
          dir,
          seconds,
          db.runs(spec.name()),
          id -> series.computeIfAbsent(id, db::metrics));
    }
  }

  /**
   * Writes figures and report from given runs.
   *
   * @param rep the reproduction
   * @param quick which variant
   * @param dir the result folder
   * @param seconds wall time of the sweep (0 when only redrawn)
   * @param runs the stored runs of the sweep
   * @param metrics the metric series of a run id
   * @return figures and claims
   */
  public static ReproductionResult write(
      Reproduction rep,
      boolean quick,
      Path dir,
      double seconds,
      List<RunRow> runs,
      Function<String, List<MetricRow>> metrics) {
    Report r = report(rep, quick, dir, seconds, runs, metrics);
    AtomicFiles.createDirectories(dir);
    List<Path> files = new ArrayList<>();
    for (Map.Entry<String, Figure> f : r.figures().entrySet()) {
      Charts.write(f.getValue(), dir.resolve(f.getKey()));
      for (String ext : new String[] {".png", ".svg", ".pdf"}) {
        files.add(dir.resolve(f.getKey() + ext));
      }
    }
    Path report = dir.resolve(rep.reportFile());
    AtomicFiles.writeString(report, r.markdown());
    return new ReproductionResult(
        rep.name(),
        dir,
        report,
        files,
        r.claims(),
        runs.size(),
        new SweepRunner.Result(runs.size(), 0, Map.of()));
  }

  /**
   * A report before it is written: its Markdown, claims and figures.
   *
   * @param markdown the text of report.md
   * @param claims the claims with verdicts
   * @param figures file name → figure
   */
  record Report(String markdown, List<Claim> claims, Map<String, Figure> figures) {}

  /** Builds the report without drawing or writing anything. */
  static Report report(
      Reproduction rep,
      boolean quick,
      Path dir,
      double seconds,
      List<RunRow> runs,
      Function<String, List<MetricRow>> metrics) {
    String sweep = rep.sweep(quick).name();
    if (runs.isEmpty()) {
      throw new UserInputException(dir + ": no stored runs of " + sweep);
    }
    StringBuilder md = new StringBuilder("# ").append(rep.name());
    md.append(quick ? " (quick)" : " (full)").append("\n\n");
    md.append(rep.description(quick)).append("\n\n");
    md.append(
        String.format(
            Locale.ROOT,
            "%d runs (sweep `%s`), %s; %s.\n\n",
            runs.size(),
            sweep,
            seconds > 0
                ? String.format(Locale.ROOT, "wall time %.1f s in this invocation", seconds)
                : "redrawn from stored results",
            Provenance.line()));
    List<Claim> claims = rep.claims(runs, metrics);
    md.append("## Claims\n\n").append(basis(runs)).append("\n\n");
    for (Claim c : claims) {
      md.append(c.markdown()).append('\n');
    }
    md.append('\n').append(RunsReport.markdown(runs));
    md.append("\n## Figures and numbers\n\n");
    Map<String, Figure> figures = rep.figures(runs, metrics);
    for (Map.Entry<String, Figure> f : figures.entrySet()) {
      String name = f.getKey();
      md.append("![").append(name).append("](").append(name).append(".png)\n\n");
      md.append('_').append(f.getValue().caption()).append("_ Vector versions: [SVG](");
      md.append(name).append(".svg), [PDF](").append(name).append(".pdf).\n\n");
      for (Panel p : f.getValue().panels()) {
        md.append(table(p)).append('\n');
      }
    }
    md.append("Stored results: `results.db` (runs and metric series) and `runs/<id>/`. Redraw ")
        .append("with `dmf reproduce ")
        .append(rep.name())
        .append(quick ? " --quick" : " --full")
        .append(" --plot-only --out ")
        .append(dir)
        .append("`.\n");
    return new Report(md.toString(), claims, figures);
  }

  private static String table(Panel p) {
    int rows = p.series().stream().mapToInt(s -> s.x().length).max().orElse(0);
    return rows > MAX_TABLE_ROWS
        ? "**"
            + p.title()
            + "**: "
            + rows
            + " points per curve; the series are in `results.db` "
            + "(`dmf results export DIR --metrics --csv FILE`).\n"
        : Tables.markdown(p);
  }

  /** The sentence on what the verdicts rest on: the median over repeats, or a single seed. */
  static String basis(List<RunRow> runs) {
    int repeats = 0;
    for (RunRow r : runs) {
      if (r.setting("repeat") instanceof Number n) {
        repeats = Math.max(repeats, n.intValue() + 1);
      }
    }
    return repeats <= 1
        ? "Each cell of the sweep ran once: **every verdict rests on a single seed**."
        : "Each cell of the sweep ran "
            + repeats
            + " times (repeats with their own problem and init seeds): verdicts compare "
            + "**medians** over the repeats, and the range (minimum–maximum) is shown beside each.";
  }
}
