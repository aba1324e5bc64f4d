package dmf.deep;

import dmf.linalg.Mat;
import dmf.problem.IterationRecord;
import dmf.problem.SolverResult;
import dmf.problem.StopReason;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The outcome of a deep-factorization run.
 *
 * @param factors the final W_1..W_N (the last finite state when the run diverged)
 * @param formed whether the solver result carries W formed densely (metrics level full) or only the
 *     factors
 * @param stopReason "converged", "max_iters", "time_limit", "diverged" or "interrupted"
 * @param iterations optimizer steps taken
 * @param gradientEvaluations loss-and-gradient evaluations, including those inside multi-stage
 *     steps
 * @param seconds training wall time
 * @param last the metrics of the final iterate
 */
public record TrainingResult(
    List<Mat> factors,
    boolean formed,
    StopReason stopReason,
    long iterations,
    long gradientEvaluations,
    double seconds,
    IterationRecord last) {

  /** Copies the factor list. */
  public TrainingResult {
    factors = List.copyOf(factors);
  }

  /**
   * @return W = W_N⋯W_1, formed now (rows·cols entries: small problems only)
   */
  public Mat product() {
    return Factors.product(factors);
  }

  /**
   * @return the result in the solver contract shared with the baselines: W formed when {@link
   *     #formed}, else the factors only
   */
  public SolverResult toSolverResult() {
    Map<String, Object> details = new LinkedHashMap<>();
    details.putAll(last.scalars());
    details.put("gradient_evaluations", gradientEvaluations);
    return formed
        ? new SolverResult(product(), stopReason, iterations, seconds, details, factors)
        : SolverResult.factored(stopReason, iterations, seconds, details, factors);
  }
}
