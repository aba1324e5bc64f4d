package dmf.cli;

import dmf.base.UserInputException;
import dmf.experiment.RunSpec;
import dmf.experiment.SweepSpec;
import dmf.io.AtomicFiles;
import dmf.io.provenance.Provenance;
import dmf.io.store.ResultsDb;
import dmf.io.store.RunRow;
import dmf.paper.Claim;
import dmf.paper.Curve;
import dmf.paper.CurveFigures;
import dmf.paper.CurvePanel;
import dmf.paper.Reproduction;
import dmf.paper.arora.CompletionFigures;
import dmf.paper.arora.DynamicsFigure;
import dmf.plot.Charts;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code dmf reproduce NAME [--quick|--full] [--out DIR]}: runs a paper figure's sweep (resumable),
 * draws it from the stored results and writes report.md with each claim checked against the
 * numbers.
 */
@Command(
    name = "reproduce",
    sortOptions = false,
    description = "Reproduce a paper figure: sweep, figures (PNG/SVG) and report.md.")
final class ReproduceCommand implements Callable<Integer> {
  @Parameters(
      index = "0",
      description =
          "fig1, fig2, sensing, init-sweep, fig3 (Arora et al.); "
              + "gunasekar-fig1, gunasekar-fig2, gunasekar-fig4 (Gunasekar et al.)")
  String name;

  @Option(names = "--quick", description = "small and fast (the default)")
  boolean quick;

  @Option(names = "--full", description = "paper scale (3 repeats, all ranks)")
  boolean full;

  @Option(names = "--out", description = "output folder (default results/NAME)")
  Path out;

  @Option(names = "--workers", description = "parallel runs (default: available processors)")
  Integer workers;

  @Option(names = "--plot-only", description = "redraw from stored results without training")
  boolean plotOnly;

  @Option(
      names = "--ratings",
      description =
          "fig3: MovieLens u.data or ratings CSV (default: "
              + "$DMF_MOVIELENS, else ../shared/data/ml-100k/u.data when present)")
  Path ratings;

  static List<Reproduction> all(Path ratings) {
    List<Reproduction> out = new ArrayList<>(CompletionFigures.all());
    out.add(new dmf.paper.arora.InitSweepFigure());
    out.add(new DynamicsFigure(ratings == null ? null : ratings.toAbsolutePath().toString()));
    out.addAll(dmf.paper.gunasekar.GunasekarFigures.all());
    out.add(new dmf.paper.gunasekar.GunasekarHistogram());
    return out;
  }

  static Path defaultRatings() {
    String env = System.getenv("DMF_MOVIELENS");
    if (env != null && !env.isBlank()) {
      return Path.of(env);
    }
    Path p = Path.of("..", "shared", "data", "ml-100k", "u.data");
    return java.nio.file.Files.isRegularFile(p) ? p : null;
  }

  Reproduction find(String name) {
    List<Reproduction> all = all(ratings != null ? ratings : defaultRatings());
    for (Reproduction r : all) {
      if (r.name().equals(name)) {
        return r;
      }
    }
    throw new UserInputException(
        "unknown figure '"
            + name
            + "' (known: "
            + String.join(", ", all.stream().map(Reproduction::name).toList())
            + ")");
  }

  @Override
  public Integer call() {
    if (quick && full) {
      throw new UserInputException("choose one of --quick and --full");
    }
    boolean isQuick = !full;
    Reproduction rep = find(name);
    Path dir = out != null ? out : Path.of("results", rep.folder());
    SweepSpec spec = rep.sweep(isQuick);
    List<RunSpec> runs = spec.expand();
    long t0 = System.nanoTime();
    if (!plotOnly) {
      int w = workers != null ? workers : Runtime.getRuntime().availableProcessors();
      int code =
          SweepCommand.exitCode(
              SweepCommand.run(
                  dir, runs, w, false, "reproduce " + name + (isQuick ? " --quick" : " --full")));
      if (code != 0) {
        return code;
      }
    }
    double seconds = plotOnly ? 0 : (System.nanoTime() - t0) * 1e-9;
    report(rep, spec, dir, isQuick, seconds);
    return 0;
  }

  static void report(Reproduction rep, SweepSpec spec, Path dir, boolean quick, double seconds) {
    try (ResultsDb db = ResultsDb.open(dir.resolve(ResultsDb.FILE_NAME))) {
      // Metric series are read on demand (only the dynamics figure needs them), each at most once.
      Map<String, List<dmf.io.store.MetricRow>> series = new java.util.HashMap<>();
      report(
          rep,
          spec,
          dir,
          quick,
          seconds,
          db.runs(spec.name()),
          id -> series.computeIfAbsent(id, db::metrics));
    }
  }

  private static void report(
      Reproduction rep,
      SweepSpec spec,
      Path dir,
      boolean quick,
      double seconds,
      List<RunRow> rows,
      java.util.function.Function<String, List<dmf.io.store.MetricRow>> metrics) {
    if (rows.isEmpty()) {
      throw new UserInputException(dir + ": no stored runs of " + spec.name());
    }
    StringBuilder md = new StringBuilder();
    md.append("# ").append(rep.name()).append(quick ? " (quick)" : " (full)").append("\n\n");
    md.append(rep.description(quick)).append("\n\n");
    md.append(
        String.format(
            Locale.ROOT,
            "%d runs (sweep `%s`), %s; dmf %s, commit %s, %s.\n\n",
            rows.size(),
            spec.name(),
            seconds > 0
                ? String.format(Locale.ROOT, "wall time %.1f s in " + "this invocation", seconds)
                : "redrawn from stored results",
            Provenance.version(),
            Provenance.commit(),
            dmf.linalg.Backend.get().description()));
    md.append("## Claims\n\n");
    List<Claim> claims = rep.claims(rows, metrics);
    for (Claim c : claims) {
      md.append(c.markdown()).append('\n');
    }
    md.append("\n## Figures and numbers\n\n");
    for (Map.Entry<String, List<CurvePanel>> f : rep.figures(rows, metrics).entrySet()) {
      Charts.write(CurveFigures.figure(f.getKey(), f.getValue()), dir.resolve(f.getKey()));
      md.append("![").append(f.getKey()).append("](").append(f.getKey()).append(".png)\n\n");
      for (CurvePanel p : f.getValue()) {
        md.append(table(p)).append('\n');
      }
    }
    md.append(
            "Stored results: `results.db` (runs and metric series) and `runs/<id>/`. Redraw "
                + "with `dmf reproduce ")
        .append(rep.name())
        .append(quick ? " --quick" : " --full")
        .append(" --plot-only --out ")
        .append(dir)
        .append("`.\n");
    AtomicFiles.writeString(dir.resolve(rep.reportFile()), md.toString());
    System.out.println("claims:");
    for (Claim c : claims) {
      System.out.println("  " + c.verdict() + ": " + c.statement() + " (" + c.evidence() + ")");
    }
    System.out.println("report: " + dir.resolve(rep.reportFile()));
  }

  /** A Markdown table: x down, one column per curve (mean ± std). */
  static String table(CurvePanel p) {
    List<Double> xs = new ArrayList<>();
    for (Curve c : p.curves()) {
      for (double x : c.x()) {
        if (!xs.contains(x)) {
          xs.add(x);
        }
      }
    }
    xs.sort(Double::compare);
    StringBuilder sb = new StringBuilder("**" + p.title() + "**\n\n| " + p.xLabel() + " |");
    for (Curve c : p.curves()) {
      sb.append(' ').append(c.label()).append(" |");
    }
    sb.append("\n|---|");
    sb.append("---|".repeat(p.curves().size())).append('\n');
    for (double x : xs) {
      sb.append("| ")
          .append(
              x == Math.rint(x) && Math.abs(x) < 1e9
                  ? Long.toString((long) x)
                  : String.format(Locale.ROOT, "%.3g", x))
          .append(" |");
      for (Curve c : p.curves()) {
        String cell = "";
        double[] cx = c.x();
        for (int i = 0; i < cx.length; i++) {
          if (cx[i] == x) {
            cell =
                String.format(Locale.ROOT, "%.3g", c.mean()[i])
                    + (c.count()[i] > 1 ? String.format(Locale.ROOT, " ± %.2g", c.std()[i]) : "");
          }
        }
        sb.append(' ').append(cell).append(" |");
      }
      sb.append('\n');
    }
    return sb.toString();
  }
}
