package dmf.symmetric;

import dmf.base.UserInputException;
import dmf.settings.Settings;
import java.util.Objects;

/**
 * Settings of {@link SymmetricFactorization}.
 *
 * @param width k, the number of columns of U; 0 means full width k = n
 * @param init how U₀ is drawn
 * @param initScale α, the scale of U₀ (see {@link SymmetricInit})
 * @param seed root seed of the random initialization
 * @param step the step rule
 * @param lossThreshold stop with "converged" once f(U) ≤ this (≥ 0)
 * @param maxIterations stop with "max_iters" after this many steps (≥ 0)
 * @param timeLimitSeconds stop with "time_limit" after this much wall time (positive; +∞ for none)
 * @param historyInterval record f(U) every this many iterations (≥ 1); the first and last are
 *     always recorded
 */
public record SymmetricSettings(
    int width,
    SymmetricInit init,
    double initScale,
    long seed,
    StepRule step,
    double lossThreshold,
    long maxIterations,
    double timeLimitSeconds,
    int historyInterval) {

  /** Validates the settings. */
  public SymmetricSettings {
    Objects.requireNonNull(init, "init");
    Objects.requireNonNull(step, "step");
    if (width < 0) {
      throw new UserInputException("width must be 0 (full) or positive, got " + width);
    }
    if (!(initScale >= 0) || !Double.isFinite(initScale)) {
      throw new UserInputException("init scale must be finite and non-negative, got " + initScale);
    }
    StopCheck.validate(lossThreshold, maxIterations, timeLimitSeconds);
    if (historyInterval < 1) {
      throw new UserInputException("history interval must be at least 1, got " + historyInterval);
    }
  }

  /**
   * @param s settings of {@link SymmetricTables#SYMMETRIC}, or of {@link SymmetricTables#SVD_INIT}
   *     (whose U phase starts from a given U₀, so width and init do not apply)
   * @return the settings, history every 1,000 iterations
   */
  public static SymmetricSettings from(Settings s) {
    boolean full = s.table().has(SymmetricTables.WIDTH.key());
    return new SymmetricSettings(
        full ? s.get(SymmetricTables.WIDTH) : 0,
        full ? s.get(SymmetricTables.INIT) : SymmetricInit.GAUSSIAN,
        full ? s.get(SymmetricTables.INIT_SCALE) : 0,
        s.get(SymmetricTables.SEED),
        SymmetricTables.stepRule(s),
        s.get(SymmetricTables.LOSS_THRESHOLD),
        s.get(SymmetricTables.MAX_ITERS),
        SymmetricTables.timeLimit(full ? s.get(SymmetricTables.TIME_LIMIT) : 0),
        1_000);
  }

  /**
   * The defaults of {@link SymmetricTables#SYMMETRIC} (full width, Gaussian init, loss threshold
   * 1e-10, 10⁶ iterations, no time limit) with a history of every iteration.
   *
   * @param step the step rule
   * @param initScale α
   * @param seed root seed
   * @return the settings
   */
  public static SymmetricSettings of(StepRule step, double initScale, long seed) {
    SymmetricSettings d = from(SymmetricTables.SYMMETRIC.defaults());
    return new SymmetricSettings(
        d.width,
        d.init,
        initScale,
        seed,
        step,
        d.lossThreshold,
        d.maxIterations,
        d.timeLimitSeconds,
        1);
  }

  /**
   * @return a copy with the given width k (0 = full)
   */
  public SymmetricSettings withWidth(int k) {
    return new SymmetricSettings(
        k,
        init,
        initScale,
        seed,
        step,
        lossThreshold,
        maxIterations,
        timeLimitSeconds,
        historyInterval);
  }

  /**
   * @return a copy with the given initialization
   */
  public SymmetricSettings withInit(SymmetricInit i) {
    return new SymmetricSettings(
        width,
        i,
        initScale,
        seed,
        step,
        lossThreshold,
        maxIterations,
        timeLimitSeconds,
        historyInterval);
  }

  /**
   * @return a copy with the given stopping loss
   */
  public SymmetricSettings withLossThreshold(double t) {
    return new SymmetricSettings(
        width, init, initScale, seed, step, t, maxIterations, timeLimitSeconds, historyInterval);
  }

  /**
   * @return a copy with the given iteration budget
   */
  public SymmetricSettings withMaxIterations(long n) {
    return new SymmetricSettings(
        width, init, initScale, seed, step, lossThreshold, n, timeLimitSeconds, historyInterval);
  }

  /**
   * @return a copy with the given time limit in seconds
   */
  public SymmetricSettings withTimeLimit(double seconds) {
    return new SymmetricSettings(
        width, init, initScale, seed, step, lossThreshold, maxIterations, seconds, historyInterval);
  }

  /**
   * @return a copy with the given history interval
   */
  public SymmetricSettings withHistoryInterval(int every) {
    return new SymmetricSettings(
        width, init, initScale, seed, step, lossThreshold, maxIterations, timeLimitSeconds, every);
  }

  /**
   * @param n the side of X
   * @return the width k actually used
   */
  public int widthFor(int n) {
    return width == 0 ? n : width;
  }
}
