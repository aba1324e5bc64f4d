package dmf.theory;

import dmf.plot.Charts;
import dmf.plot.Figure;
import dmf.plot.Panel;
import dmf.plot.Series;
import dmf.settings.Setting;
import dmf.settings.Settings;
import dmf.settings.SettingsTable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Eq. (11) on single-measurement sensing: σ_r1 against σ_r2 along gradient descent for N = 1..4,
 * against the closed forms; the largest relative deviation per depth (target ≤ 2%) and a figure.
 *
 * @param lr the GD step
 */
public record Eq11Report(double lr) {
  /**
   * The GD step, at most the largest stable one: the loss's curvature along A = diag(1, 0.6, 0.3)
   * is about 2.
   */
  public static final Setting<Double> LR =
      Setting.ofDouble("lr", 2e-4, "GD step").positive().max(0.5);

  /** The settings of the check: the one place of their defaults and bounds. */
  public static final SettingsTable TABLE = SettingsTable.of("eq11", LR);

  /** The report's folder. */
  public static final Setting<Path> OUT =
      Setting.ofPath("out", "output folder (default results/theory-eq11)");

  /** Validates the step (a one-line error names it). */
  public Eq11Report {
    LR.parse(lr);
  }

  /**
   * @param s settings of {@link #TABLE}
   * @return the check they describe
   */
  public static Eq11Report of(Settings s) {
    return new Eq11Report(s.get(LR));
  }

  static final double TARGET = 0.02;

  /**
   * @param out the folder, or null for results/theory-eq11
   * @return the lines, the verdict and the report
   */
  public TheoryResult run(Path out) {
    Path d = TheoryReports.dir(out, "eq11");
    Eq11Check check = new Eq11Check(new double[] {1.0, 0.6, 0.3}, 1.0, 1e-3, lr, 20_000_000);
    StringBuilder md =
        new StringBuilder(
            "# Eq. (11) of Arora et al. (2019)\n\nℓ(W) = (⟨A, W⟩ − y)² with A = diag(1, 0.6, 0.3), "
                + "y = 1, W₀ = 1e-3·I (balanced), GD step "
                + lr
                + ". σ_r1 (A-entry 1) against σ_r2 (A-entry 0.6), with the closed forms of Eq. (11)."
                + "\n\n| N | max relative deviation from the closed form | final σ_r1 | final σ_r2 |"
                + "\n|---|---|---|---|\n");
    List<Series> series = new ArrayList<>();
    List<String> lines = new ArrayList<>();
    boolean all = true;
    for (int n = 1; n <= 4; n++) {
      Eq11Check.Trajectory t = check.run(n);
      int len = t.sigma1().length;
      all &= t.maxRelativeDeviation() <= TARGET;
      md.append(
          String.format(
              Locale.ROOT,
              "| %d | %.2e | %.4f | %.4f |\n",
              n,
              t.maxRelativeDeviation(),
              t.sigma1()[len - 1],
              t.sigma2()[len - 1]));
      lines.add(
          String.format(
              Locale.ROOT,
              "N=%d: max relative deviation from Eq. (11) %.2e",
              n,
              t.maxRelativeDeviation()));
      int stride = Math.max(1, len / 60);
      double[] x = new double[(len + stride - 1) / stride];
      double[] y = new double[x.length];
      for (int i = 0, j = 0; i < len; i += stride, j++) {
        x[j] = t.sigma2()[i];
        y[j] = t.sigma1()[i];
      }
      series.add(Series.of("N=" + n + " GD", x, y).withStyle(Series.Style.SCATTER));
      series.add(
          Series.of("N=" + n + " Eq. (11)", t.sigma2(), t.closedForm())
              .withStyle(Series.Style.LINE));
    }
    Panel p = new Panel("σ_r1 against σ_r2", "σ_r2", "σ_r1", false, false, series);
    Charts.write(
        Figure.of("eq11", List.of(p))
            .withCaption("Gradient descent with step " + lr + " (markers) and Eq. (11) (lines)."),
        d.resolve("eq11"));
    md.append(
        "\nDepth makes the large singular value race ahead while the small one stalls.\n\n"
            + "![eq11](eq11.png)\n");
    return TheoryReports.finish(d, md, lines, all);
  }
}
