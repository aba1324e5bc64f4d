package dmf.theory;

import dmf.linalg.Mat;
import dmf.problem.SolverResult;
import dmf.settings.Setting;
import dmf.settings.Settings;
import dmf.settings.SettingsTable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Theorem 1 of Gunasekar et al. (2017) on the random commuting instance of {@link
 * SymmetricCommutingCheck}: GD on X = UUᵀ from U₀ = α·I for shrinking α against the certified
 * minimum trace (target: trace gap and distance ≤ 1e-4 relative at the smallest α).
 *
 * @param seed the instance seed
 */
public record SymmetricCommutingReport(long seed) {
  static final double TARGET = 1e-4;

  /** The instance seed. */
  public static final Setting<Long> SEED =
      Setting.ofLong("seed", 0, "instance seed of the symmetric check");

  /** The settings of the check: the one place of their defaults and bounds. */
  public static final SettingsTable TABLE = SettingsTable.of("commuting-symmetric", SEED);

  /** Theorem 1 of Gunasekar et al. instead of Theorem 2 and Proposition 1. */
  public static final Setting<Boolean> SYMMETRIC =
      Setting.ofBoolean(
          "symmetric",
          false,
          "Theorem 1 of Gunasekar et al. (2017) instead: X = UUᵀ from U₀ = αI on random commuting"
              + " measurements, against the certified minimum trace");

  /** The report's folder. */
  public static final Setting<Path> OUT =
      Setting.ofPath(
          "out",
          "output folder (default results/theory-commuting or results/theory-commuting-symmetric)");

  /**
   * @param s settings of {@link #TABLE}
   * @return the check they describe
   */
  public static SymmetricCommutingReport of(Settings s) {
    return new SymmetricCommutingReport(s.get(SEED));
  }

  /**
   * @param out the folder, or null for results/theory-commuting-symmetric
   * @return the lines, the verdict and the report
   */
  public TheoryResult run(Path out) {
    Path d = TheoryReports.dir(out, "commuting-symmetric");
    SymmetricCommutingCheck c = new SymmetricCommutingCheck(10, 4, 2, seed);
    SolverResult min = c.minimumTrace();
    Mat xmin = min.solution();
    String cert = String.valueOf(min.details().getOrDefault("status", min.stopReason()));
    StringBuilder md = new StringBuilder("# Theorem 1 of Gunasekar et al. (2017)\n\n");
    md.append(
        String.format(
            Locale.ROOT,
            "Commuting measurements A_i = Q·diag(d_i)·Qᵀ (n = %d, m = %d, Q Haar-random, d_i "
                + "Gaussian; seed %d), y = A(X₀) for a PSD X₀ of rank %d diagonal in Q. Gradient "
                + "descent on X = UUᵀ (full width) from U₀ = α·I with a fixed step 0.5/(L·tr X_min) "
                + "(L the Lipschitz constant of the loss in X) until the mean squared residual is ≤ "
                + "1e-16 or 10^7 steps, against the certified minimum-trace PSD solution X_min (tr "
                + "X_min = %.10f; certificate: %s, duality gap %s).\n\n",
            c.n(),
            c.m(),
            c.seed(),
            c.k(),
            xmin.trace(),
            cert,
            min.details().get("duality_gap")));
    md.append(
        "| α | steps | stop | final loss | tr X∞ | (tr X∞ − tr X_min)/tr X_min | "
            + "‖X∞ − X_min‖_F/‖X_min‖_F | max off-diagonal of QᵀX∞Q |\n"
            + "|---|---|---|---|---|---|---|---|\n");
    List<String> lines = new ArrayList<>();
    SymmetricCommutingCheck.Limit last = null;
    for (double a : new double[] {1e-1, 1e-2, 1e-4, 1e-6, 1e-8}) {
      SymmetricCommutingCheck.Limit l = c.limit(a, xmin, 10_000_000L, 0.5, 1e-16);
      md.append(
          String.format(
              Locale.ROOT,
              "| %.0e | %d | %s | %.1e | %.10f | %.2e | %.2e | %.1e |\n",
              a,
              l.steps(),
              l.stopReason(),
              l.loss(),
              l.trace(),
              l.traceGap(),
              l.distance(),
              l.offDiagonal()));
      lines.add(
          String.format(
              Locale.ROOT,
              "alpha=%.0e: %d steps, trace gap %.2e, distance %.2e",
              a,
              l.steps(),
              l.traceGap(),
              l.distance()));
      last = l;
    }
    boolean holds = Math.abs(last.traceGap()) <= TARGET && last.distance() <= TARGET;
    md.append(
        String.format(
            Locale.ROOT,
            "\nAt the smallest α the limit agrees with the certified minimum to 1e-4 relative (trace "
                + "gap %.2e, distance %.2e): **%s**.\n",
            Math.abs(last.traceGap()),
            last.distance(),
            TheoryReports.verdict(holds)));
    lines.add(
        "Theorem 1 (alpha -> 0 limit is the minimum trace, 1e-4 relative): "
            + TheoryReports.verdict(holds));
    return TheoryReports.finish(d, md, lines, holds);
  }
}
