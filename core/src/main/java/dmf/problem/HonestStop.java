package dmf.problem;

import dmf.linalg.Mat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Keeps a finished solve's stop reason honest, whatever the solver said: a solution with NaN or
 * infinite entries, or whose training loss is more than {@link #DIVERGED_FACTOR} times that of the
 * zero matrix, is {@link StopReason#DIVERGED}; a solve that claims success (converged, optimal) yet
 * fits the data no better than the zero matrix, because a setting made zero its answer (e.g. a
 * regularization weight above the data's scale), is {@link StopReason#DEGENERATE}. The solver's own
 * word is kept in the details as {@code solver_stop_reason} when it is overruled.
 */
public final class HonestStop {
  /** A loss this many times that of W = 0 is a divergence. */
  public static final double DIVERGED_FACTOR = 1e6;

  /** A loss within this relative distance of that of W = 0 is no fit. */
  public static final double NO_FIT_TOLERANCE = 1e-6;

  private HonestStop() {}

  /**
   * @param problem the problem solved (Input, not modified)
   * @param result the solver's result
   * @return the result, with its stop reason corrected when the solution contradicts it
   */
  public static SolverResult check(Problem problem, SolverResult result) {
    StopReason said = result.stopReason();
    if (said == StopReason.DIVERGED || said == StopReason.FAILED) {
      return result;
    }
    boolean finite =
        result.formed().isPresent()
            ? result.formed().get().isFinite()
            : result.factors().stream().allMatch(Mat::isFinite);
    if (!finite) {
      return overrule(result, StopReason.DIVERGED);
    }
    double zero = zeroLoss(problem);
    double loss;
    if (result.formed().isPresent()) {
      loss = problem.loss(result.formed().get());
    } else if (result.details().get("train_loss") instanceof Number n) {
      // A factored result too large to form: the solver's own loss at its last iterate.
      loss = n.doubleValue();
    } else {
      return result;
    }
    if (!Double.isFinite(loss) || loss > DIVERGED_FACTOR * Math.max(zero, Double.MIN_NORMAL)) {
      return overrule(result, StopReason.DIVERGED);
    }
    if (said.succeeded() && zero > 0 && loss >= zero * (1 - NO_FIT_TOLERANCE)) {
      return overrule(result, StopReason.DEGENERATE);
    }
    return result;
  }

  /**
   * @param problem a problem
   * @return ℓ(0), the mean square of the observations
   */
  public static double zeroLoss(Problem problem) {
    double[] y =
        problem instanceof CompletionProblem c ? c.values() : ((SensingProblem) problem).y();
    double s = 0;
    for (double v : y) {
      s += v * v;
    }
    return y.length == 0 ? 0 : s / y.length;
  }

  private static SolverResult overrule(SolverResult r, StopReason reason) {
    Map<String, Object> details = new LinkedHashMap<>(r.details());
    details.put("solver_stop_reason", r.stopReason().label());
    return new SolverResult(r.formed(), reason, r.iterations(), r.seconds(), details, r.factors());
  }
}
