package dmf.symmetric;

import dmf.settings.Settings;

/**
 * Settings of {@link ProjectedGradientPsd}.
 *
 * @param lossThreshold stop with "converged" once the mean squared residual is ≤ this (≥ 0)
 * @param maxIterations stop with "max_iters" after this many steps (≥ 0)
 * @param timeLimitSeconds stop with "time_limit" after this much wall time (positive; +∞ for none)
 * @param seed root seed of the power iteration's start (stream "power_iteration")
 */
public record PsdGradientSettings(
    double lossThreshold, long maxIterations, double timeLimitSeconds, long seed) {

  /** Validates the settings. */
  public PsdGradientSettings {
    StopCheck.validate(lossThreshold, maxIterations, timeLimitSeconds);
  }

  /**
   * @param s settings of {@link SymmetricTables#PSD_GD}
   * @return the settings
   */
  public static PsdGradientSettings from(Settings s) {
    return new PsdGradientSettings(
        s.get(SymmetricTables.XGD_LOSS_THRESHOLD),
        s.get(SymmetricTables.XGD_MAX_ITERS),
        SymmetricTables.timeLimit(s.get(SymmetricTables.TIME_LIMIT)),
        s.get(SymmetricTables.SEED));
  }

  /**
   * @return the defaults of {@link SymmetricTables#PSD_GD}: loss threshold 1e-14, 200,000
   *     iterations, no time limit, seed 0
   */
  public static PsdGradientSettings defaults() {
    return from(SymmetricTables.PSD_GD.defaults());
  }
}
