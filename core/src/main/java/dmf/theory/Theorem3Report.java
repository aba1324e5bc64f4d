package dmf.theory;

import dmf.base.UserInputException;
import dmf.plot.Charts;
import dmf.plot.Figure;
import dmf.plot.Panel;
import dmf.plot.Series;
import dmf.problem.Generators;
import dmf.problem.Problem;
import dmf.settings.IntList;
import dmf.settings.Setting;
import dmf.settings.Settings;
import dmf.settings.SettingsTable;
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

  /** The depths (each 1 to 10). */
  public static final Setting<IntList> DEPTHS =
      Setting.ofIntList("depths", IntList.of(2, 3), "depths")
          .require(
              l -> !l.isEmpty() && l.values().stream().allMatch(d -> d >= 1 && d <= 10),
              "a non-empty list of depths, each 1 to 10");

  /** The balanced init scale. */
  public static final Setting<Double> INIT_SCALE =
      Setting.ofDouble("init_scale", 1e-2, "balanced init scale").positive();

  /** The GD step. */
  public static final Setting<Double> LR = Setting.ofDouble("lr", 0.05, "GD step").positive();

  /** The GD steps per depth. */
  public static final Setting<Integer> STEPS = Setting.ofInt("steps", 20_000, "GD steps").min(1);

  /** The sample interval. */
  public static final Setting<Integer> EVERY =
      Setting.ofInt("every", 200, "sample interval").min(1);

  /** The settings of the check: the one place of their defaults and bounds. */
  public static final SettingsTable TABLE =
      SettingsTable.of("theorem3", DEPTHS, INIT_SCALE, LR, STEPS, EVERY);

  /** The report's folder. */
  public static final Setting<Path> OUT =
      Setting.ofPath("out", "output folder (default results/theory-theorem3)");

  /** Validates every value (a one-line error names it) and copies the list. */
  public Theorem3Report {
    DEPTHS.parse(new IntList(depths));
    depths = List.copyOf(depths);
    INIT_SCALE.parse(initScale);
    LR.parse(lr);
    STEPS.parse(steps);
    EVERY.parse(every);
    if (every > steps) {
      throw new UserInputException("every must be ≤ steps, got " + every + " > " + steps);
    }
  }

  /**
   * @param s settings of {@link #TABLE}
   * @return the check they describe
   */
  public static Theorem3Report of(Settings s) {
    return new Theorem3Report(
        s.get(DEPTHS).values(), s.get(INIT_SCALE), s.get(LR), s.get(STEPS), s.get(EVERY));
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
