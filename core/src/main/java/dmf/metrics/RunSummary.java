package dmf.metrics;

import dmf.linalg.FactoredMatrix;
import dmf.linalg.LowRank;
import dmf.linalg.Mat;
import dmf.linalg.Svd;
import dmf.problem.CompletionProblem;
import dmf.problem.Problem;
import dmf.problem.SolverResult;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The summary of a finished solve, with metrics recomputed in float64 from the solution: from W
 * when the result holds it formed, else from its factors ({@link FactoredMatrix}, W never formed).
 */
public final class RunSummary {
  private RunSummary() {}

  /**
   * @param problem the problem solved (Input, not modified)
   * @param result the solver's result
   * @param topK how many singular values to list
   * @return ordered summary fields: train_loss, test_error, unobserved_error, relative_error,
   *     heldout_rmse (when the problem holds out entries), truth_nuclear_norm,
   *     truth_effective_rank, nuclear_norm, effective_rank, iterations, stop_reason, seconds,
   *     singular_values, then the solver's own scalar details (vector and matrix details are not
   *     summaries: they go to files)
   */
  public static Map<String, Object> of(Problem problem, SolverResult result, int topK) {
    Map<String, Object> m = new LinkedHashMap<>();
    Object loss = result.details().get("train_loss");
    double[] s;
    if (result.formed().isPresent()) {
      Mat w = result.formed().get();
      // A diverged solution may hold NaN or infinities: no spectrum, its norms are NaN.
      s = w.isFinite() ? Svd.values(w) : new double[] {Double.NaN};
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
              });
      if (problem instanceof CompletionProblem c && c.heldOut().isPresent()) {
        m.put(
            "heldout_rmse", FactoredErrors.rmse(FactoredMatrix.of(List.of(w)), c.heldOut().get()));
      }
    } else {
      FactoredMatrix w = result.factoredSolution();
      s = w.singularValues();
      m.put("train_loss", loss);
      m.putAll(FactoredErrors.of(w, problem));
    }
    double[] st = truthSpectrum(problem);
    if (st != null) {
      m.put("truth_nuclear_norm", Spectrum.nuclearNorm(st));
      m.put("truth_effective_rank", Spectrum.effectiveRank(st));
    }
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

  /** The singular values of W*, dense or from its low-rank factors; null when unknown. */
  private static double[] truthSpectrum(Problem problem) {
    if (problem.groundTruth().isPresent()) {
      return Svd.values(problem.groundTruth().get());
    }
    if (problem instanceof CompletionProblem c && c.truthFactors().isPresent()) {
      LowRank t = c.truthFactors().get();
      return FactoredMatrix.of(List.of(t.right().transpose(), t.left())).singularValues();
    }
    return null;
  }
}
