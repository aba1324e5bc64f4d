package dmf.baseline;

import dmf.settings.Setting;
import dmf.settings.Settings;
import dmf.settings.SettingsTable;

/**
 * Settings of the minimum-nuclear-norm solver.
 *
 * @param tau 0 for the equality form A(X) = b, else the relaxed form |A(X) − b| ≤ τ (elementwise;
 *     completion only)
 * @param psd minimize tr X over X ⪰ 0 instead (square, symmetric measurements)
 * @param gapTol relative duality gap for status "optimal"
 * @param residualTol relative primal residual for status "optimal"
 * @param maxIters ADMM iteration budget
 * @param timeLimit seconds (0 = none)
 */
public record NuclearNormSettings(
    double tau, boolean psd, double gapTol, double residualTol, int maxIters, double timeLimit) {

  /** Relaxed form. */
  public static final Setting<Double> TAU =
      Setting.ofDouble(
              "tau", 0, "0: equality A(X) = b; else |A(X) − b| ≤ tau elementwise (completion)")
          .min(0);

  /** PSD form. */
  public static final Setting<Boolean> PSD =
      Setting.ofBoolean("psd", false, "minimize tr X over X ⪰ 0 instead (square, symmetric A)");

  /** Gap tolerance. */
  public static final Setting<Double> GAP_TOL =
      Setting.ofDouble("gap_tol", 1e-7, "relative duality gap for status optimal").positive();

  /** Residual tolerance. */
  public static final Setting<Double> RESIDUAL_TOL =
      Setting.ofDouble("residual_tol", 1e-8, "relative primal residual for status optimal")
          .positive();

  /** Iteration budget. */
  public static final Setting<Integer> MAX_ITERS =
      Setting.ofInt("max_iters", 20_000, "ADMM iteration budget").min(1);

  /** Wall-time budget. */
  public static final Setting<Double> TIME_LIMIT =
      Setting.ofDouble("time_limit", 0, "wall-time budget in seconds (0 = none)").min(0);

  /** The settings table. */
  public static final SettingsTable TABLE =
      SettingsTable.of("nuclear", TAU, PSD, GAP_TOL, RESIDUAL_TOL, MAX_ITERS, TIME_LIMIT);

  /** Validates through the table's bounds. */
  public NuclearNormSettings {
    TAU.parse(tau);
    GAP_TOL.parse(gapTol);
    RESIDUAL_TOL.parse(residualTol);
    MAX_ITERS.parse(maxIters);
    TIME_LIMIT.parse(timeLimit);
  }

  /**
   * @param s settings of {@link #TABLE}
   * @return the settings
   */
  public static NuclearNormSettings from(Settings s) {
    return new NuclearNormSettings(
        s.get(TAU),
        s.get(PSD),
        s.get(GAP_TOL),
        s.get(RESIDUAL_TOL),
        s.get(MAX_ITERS),
        s.get(TIME_LIMIT));
  }

  /**
   * @return the defaults of {@link #TABLE}: equality form, relative gap ≤ 1e-7, relative residual ≤
   *     1e-8, 20,000 iterations
   */
  public static NuclearNormSettings defaults() {
    return from(TABLE.defaults());
  }
}
