package dmf.deep;

import dmf.linalg.Mat;
import dmf.problem.SolveObserver;
import java.util.List;

/**
 * An observer of a deep-factorization run that also sees the factors at each logged iterate, e.g.
 * to measure a validation error and stop early. Pass it as the run's {@link SolveObserver}.
 */
public interface FactorObserver extends SolveObserver {
  /**
   * Called at each logged iterate, after {@link #onRecord}.
   *
   * @param iteration steps taken
   * @param factors W_1..W_N in float64 (copies the observer may keep)
   * @return true to stop the run here with stop reason {@code early_stopped}
   */
  boolean onFactors(long iteration, List<Mat> factors);
}
