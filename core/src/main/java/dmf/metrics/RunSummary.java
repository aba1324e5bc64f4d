package dmf.metrics;

import dmf.linalg.Mat;
import dmf.linalg.Svd;
import dmf.problem.CompletionProblem;
import dmf.problem.Problem;
import dmf.problem.SolverResult;
import java.util.LinkedHashMap;
import java.util.Map;

/** The summary of a finished solve, with metrics recomputed in float64 from the solution. */
public final class RunSummary {
  private RunSummary() {}

  /**
   * @param problem the problem solved (Input, not modified)
   * @param result the solver's result
   * @param topK how many singular values to list
   * @return ordered summary fields: train_loss, test_error, unobserved_error, relative_error,
   *     truth_nuclear_norm, truth_effective_rank, nuclear_norm, effective_rank, iterations,
   *     stop_reason, seconds, singular_values, then the solver's own scalar details (vector and
   *     matrix details are not summaries: they go to files)
   */
  public static Map<String, Object> of(Problem problem, SolverResult result, int topK) {
    Mat w = result.solution();
    // A diverged solution may hold NaN or infinities: no spectrum, its norms are NaN.
    double[] s = w.isFinite() ? Svd.values(w) : new double[] {Double.NaN};
    Map<String, Object> m = new LinkedHashMap<>();
    Object loss = result.details().get("train_loss");
    m.put("train_loss", loss instanceof Number ? loss : problem.loss(w));
    problem
        .groundTruth()
        .ifPresent(
            t -> {
              m.put("test_error", Errors.testError(w, t));
              if (problem instanceof CompletionProblem c) {
                m.put("unobserved_error", Errors.unobservedError(w, t, c.observedMask()));
              }
              m.put("relative_error", Errors.relativeFrobeniusError(w, t));
              double[] st = t.isFinite() ? Svd.values(t) : new double[] {Double.NaN};
              m.put("truth_nuclear_norm", Spectrum.nuclearNorm(st));
              m.put("truth_effective_rank", Spectrum.effectiveRank(st));
            });
    m.put("nuclear_norm", Spectrum.nuclearNorm(s));
    m.put("effective_rank", Spectrum.effectiveRank(s));
    m.put("iterations", result.iterations());
    m.put("stop_reason", result.stopReason().label());
    m.put("seconds", result.seconds());
    m.put("singular_values", Spectrum.top(s, topK));
    for (Map.Entry<String, Object> e : result.details().entrySet()) {
      if (e.getValue() instanceof Number || e.getValue() instanceof String) {
        m.putIfAbsent(e.getKey(), e.getValue());
      }
    }
    return m;
  }
}
