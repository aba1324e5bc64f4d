package dmf.symmetric;

import dmf.linalg.Mat;
import dmf.problem.SolverResult;
import dmf.problem.StopReason;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What {@link SymmetricFactorization} returns.
 *
 * @param u the final factor U (n×k); after divergence, the last finite iterate
 * @param x UUᵀ
 * @param iterations steps taken (accepted steps; a diverging step is not counted)
 * @param stopReason "converged" (loss ≤ threshold), "max_iters", "time_limit", "diverged" (the next
 *     iterate had NaN/Inf entries or loss), "stationary" (∇f(U) = 0 exactly, e.g. U₀ = 0), or
 *     "interrupted" (the observer asked to stop)
 * @param seconds wall time
 * @param initialLoss f(U₀)
 * @param finalLoss f(U)
 * @param historyIterations the iterations at which the loss was recorded, ascending
 * @param historyLosses f at those iterations
 * @param lastStep the last step size taken (NaN if none)
 */
public record SymmetricResult(
    Mat u,
    Mat x,
    long iterations,
    StopReason stopReason,
    double seconds,
    double initialLoss,
    double finalLoss,
    long[] historyIterations,
    double[] historyLosses,
    double lastStep) {

  /** Copies the arrays so that the record is immutable. */
  public SymmetricResult {
    u = u.copy();
    x = x.copy();
    historyIterations = historyIterations.clone();
    historyLosses = historyLosses.clone();
  }

  /**
   * @return a copy of U
   */
  @Override
  public Mat u() {
    return u.copy();
  }

  /**
   * @return a copy of X = UUᵀ
   */
  @Override
  public Mat x() {
    return x.copy();
  }

  /**
   * @return a copy of the recorded iterations
   */
  @Override
  public long[] historyIterations() {
    return historyIterations.clone();
  }

  /**
   * @return a copy of the recorded losses
   */
  @Override
  public double[] historyLosses() {
    return historyLosses.clone();
  }

  /**
   * @return the same outcome in the common solver format, solution X, with details "initial_loss",
   *     "final_loss", "last_step", "width"
   */
  public SolverResult toSolverResult() {
    Map<String, Object> d = new LinkedHashMap<>();
    d.put("initial_loss", initialLoss);
    d.put("final_loss", finalLoss);
    d.put("last_step", lastStep);
    d.put("width", u.cols());
    return new SolverResult(x.copy(), stopReason, iterations, seconds, d);
  }
}
