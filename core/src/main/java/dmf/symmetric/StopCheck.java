package dmf.symmetric;

import dmf.base.UserInputException;
import dmf.problem.SolveObserver;
import dmf.problem.StopReason;

/**
 * The stop tests of the X = UUᵀ and X_gd solvers, made before each step: loss threshold
 * ("converged"), iteration cap ("max_iters"), wall time ("time_limit"), and about every 0.2 s a
 * progress report after which the observer may ask to stop ("interrupted"); a last report when the
 * run ends.
 */
final class StopCheck {
  private static final long PROGRESS_NANOS = 200_000_000L;
  private final double lossThreshold;
  private final long maxIterations;
  private final double timeLimitSeconds;
  private final SolveObserver observer;
  private final long start;
  private long nextProgress;

  /**
   * @param lossThreshold stop when the loss is at most this
   * @param maxIterations stop after this many steps
   * @param timeLimitSeconds stop after this much wall time
   * @param observer receives progress and may interrupt
   * @param start System.nanoTime() at the start of the run
   */
  StopCheck(
      double lossThreshold,
      long maxIterations,
      double timeLimitSeconds,
      SolveObserver observer,
      long start) {
    this.lossThreshold = lossThreshold;
    this.maxIterations = maxIterations;
    this.timeLimitSeconds = timeLimitSeconds;
    this.observer = observer;
    this.start = start;
    this.nextProgress = start + PROGRESS_NANOS;
  }

  /**
   * @param it steps taken
   * @param loss the current loss
   * @return why to stop before the next step, or null to take it
   */
  StopReason reason(long it, double loss) {
    if (loss <= lossThreshold) {
      return StopReason.CONVERGED;
    }
    if (it >= maxIterations) {
      return StopReason.MAX_ITERS;
    }
    long now = System.nanoTime();
    if ((now - start) * 1e-9 >= timeLimitSeconds) {
      return StopReason.TIME_LIMIT;
    }
    if (now >= nextProgress) {
      nextProgress = now + PROGRESS_NANOS;
      observer.onProgress(it, maxIterations, loss, (now - start) * 1e-9);
      if (observer.stopRequested()) {
        return StopReason.INTERRUPTED;
      }
    }
    return null;
  }

  /**
   * Reports the state the run stopped in: the last progress callback of the run.
   *
   * @param it steps taken
   * @param loss the final loss
   */
  void finish(long it, double loss) {
    observer.onProgress(it, maxIterations, loss, (System.nanoTime() - start) * 1e-9);
  }

  /**
   * Validates the stop settings of a solver.
   *
   * @param lossThreshold non-negative
   * @param maxIterations non-negative
   * @param timeLimitSeconds positive (+∞ for none)
   */
  static void validate(double lossThreshold, long maxIterations, double timeLimitSeconds) {
    if (!(lossThreshold >= 0)) {
      throw new UserInputException("loss threshold must be non-negative, got " + lossThreshold);
    }
    if (maxIterations < 0) {
      throw new UserInputException("max iterations must be non-negative, got " + maxIterations);
    }
    if (!(timeLimitSeconds > 0)) {
      throw new UserInputException("time limit must be positive, got " + timeLimitSeconds);
    }
  }
}
