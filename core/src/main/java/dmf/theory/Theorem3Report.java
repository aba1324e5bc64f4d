package dmf.theory;

import dmf.plot.Charts;
import dmf.plot.Figure;
import dmf.plot.Panel;
import dmf.plot.Series;
import dmf.problem.Generators;
import dmf.problem.Problem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Theorem 3 and Lemma 3 along gradient descent from a balanced init on rank-5 100×100 completion
 * from 2000 entries: the median relative residuals per depth (target ≤ 2%), and a log-log figure of
 * measured against predicted |dσ_r/dt|.
 *
 * @param depths the depths
 * @param initScale balanced init scale
 * @param lr the GD step
 * @param steps steps per depth
 * @param every sample interval
 */
public record Theorem3Report(
    List<Integer> depths, double initScale, double lr, int steps, int every) {
  /** The median relative residual each theorem must stay within. */
  static final double TARGET = 0.02;

  /** Copies the list. */
  public Theorem3Report {
    depths = List.copyOf(depths);
  }

  /**
   * @param out the folder, or null for results/theory-theorem3
   * @return the lines, the verdict and the report
   */
  public TheoryResult run(Path out) {
    Path d = TheoryReports.dir(out, "theorem3");
    Problem p = Generators.completion(Generators.lowRankTruth(100, 100, 5, false, 0), 2000, 0);
    StringBuilder md = new StringBuilder("# Theorem 3 and Lemma 3 of Arora et al. (2019)\n\n");
    md.append(
        String.format(
            Locale.ROOT,
            "Rank-5 100x100 completion from 2000 entries; balanced init (init_scale %.0e), plain GD "
                + "with step %.3g for %d steps, sampled every %d. Measured rate (σ_r(t+1) − σ_r(t))/η "
                + "against −N·(σ_r²)^(1−1/N)·⟨∇ℓ(W), u_r v_rᵀ⟩ (trapezoidal average of t and t+1), "
                + "top 5 singular values; end-to-end update (W(t+1) − W(t))/η against Lemma 3.\n\n"
                + "| depth | Theorem 3 median rel. residual | Lemma 3 median rel. residual | target "
                + "≤ 2%% |\n|---|---|---|---|\n",
            initScale,
            lr,
            steps,
            every));
    List<Panel> panels = new ArrayList<>();
    List<String> lines = new ArrayList<>();
    boolean all = true;
    for (int depth : depths) {
      Theorem3Check.Result r = new Theorem3Check(depth, initScale, lr, steps, every, 5, 0).run(p);
      boolean ok = r.theorem3Median() <= TARGET && r.lemma3Median() <= TARGET;
      all &= ok;
      md.append(
          String.format(
              Locale.ROOT,
              "| %d | %.2e | %.2e | %s |\n",
              depth,
              r.theorem3Median(),
              r.lemma3Median(),
              ok ? "met" : "missed"));
      lines.add(
          String.format(
              Locale.ROOT,
              "depth %d: Theorem 3 median relative residual %.2e, Lemma 3 %.2e (%d samples)",
              depth,
              r.theorem3Median(),
              r.lemma3Median(),
              r.samples().size()));
      panels.add(panel(depth, r));
    }
    Charts.write(
        Figure.of("theorem3", panels)
            .withCaption(
                "Gradient descent with step "
                    + lr
                    + " from a balanced init; one point per sampled "
                    + "step and singular value; dashed: measured = predicted."),
        d.resolve("theorem3"));
    md.append("\n![theorem3](theorem3.png)\n");
    return TheoryReports.finish(d, md, lines, all);
  }

  private static Panel panel(int depth, Theorem3Check.Result r) {
    List<Series> series = new ArrayList<>();
    double lo = Double.POSITIVE_INFINITY;
    double hi = 0;
    for (int k = 0; k < 5; k++) {
      List<double[]> pts = new ArrayList<>();
      for (Theorem3Check.Sample s : r.samples()) {
        if (k < s.predicted().length) {
          pts.add(new double[] {Math.abs(s.predicted()[k]), Math.abs(s.measured()[k])});
        }
      }
      double[] x = pts.stream().mapToDouble(q -> q[0]).toArray();
      double[] y = pts.stream().mapToDouble(q -> q[1]).toArray();
      for (double v : x) {
        if (v > 0) {
          lo = Math.min(lo, v);
          hi = Math.max(hi, v);
        }
      }
      series.add(Series.of("σ" + "₁₂₃₄₅".charAt(k), x, y).withStyle(Series.Style.SCATTER));
    }
    series.add(
        Series.of("measured = predicted", new double[] {lo, hi}, new double[] {lo, hi})
            .withStyle(Series.Style.REFERENCE));
    return new Panel(
        "depth " + depth + ": |dσ_r/dt|", "predicted (Theorem 3)", "measured", true, true, series);
  }
}
