package dmf.symmetric;

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
   * @return loss threshold 1e-12, 200,000 iterations, no time limit, seed 0
   */
  public static PsdGradientSettings defaults() {
    return new PsdGradientSettings(1e-12, 200_000, Double.POSITIVE_INFINITY, 0);
  }
}
