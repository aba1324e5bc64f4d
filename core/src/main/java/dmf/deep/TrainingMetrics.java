package dmf.deep;

import dmf.linalg.FactoredMatrix;
import dmf.linalg.Mat;
import dmf.linalg.Svd;
import dmf.metrics.Alignment;
import dmf.metrics.Balance;
import dmf.metrics.Errors;
import dmf.metrics.FactoredErrors;
import dmf.metrics.Spectrum;
import dmf.problem.CompletionProblem;
import dmf.problem.IterationRecord;
import dmf.problem.Problem;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The metrics of one logged iterate, always computed in float64 from the current factors. At level
 * full it forms the end-to-end product and its SVD; at level factored it measures W from the
 * factors ({@link FactoredMatrix}); so it is called only at logging intervals.
 */
final class TrainingMetrics {
  private final MetricsLevel level;
  private final Problem problem;
  private final int depth;
  private final int topK;
  private final Optional<Mat> truth;
  private final boolean[] observed;

  TrainingMetrics(Problem problem, int depth, int topK, MetricsLevel level) {
    this.level = level.resolve(problem.rows(), problem.cols());
    this.problem = problem;
    this.depth = depth;
    this.topK = topK;
    this.truth = problem.groundTruth();
    this.observed =
        this.level == MetricsLevel.FULL && problem instanceof CompletionProblem && truth.isPresent()
            ? ((CompletionProblem) problem).observedMask()
            : null;
  }

  /**
   * @return the level in force (auto resolved)
   */
  MetricsLevel level() {
    return level;
  }

  /**
   * @param iteration steps taken
   * @param seconds wall time so far
   * @param trainLoss the loss at this iterate, as the optimizer saw it
   * @param factors W_1..W_N in double
   * @param factorGradNorms ‖∇_{W_j}‖_F for each factor
   * @param stepSize the last step size (NaN before the first step)
   * @param time Σ of step sizes so far: the gradient-flow time the iterate approximates
   * @param gradEvals gradient evaluations so far
   * @return the record
   */
  IterationRecord compute(
      long iteration,
      double seconds,
      double trainLoss,
      List<Mat> factors,
      double[] factorGradNorms,
      double stepSize,
      double time,
      long gradEvals) {
    Map<String, Double> m = new LinkedHashMap<>();
    m.put("train_loss", trainLoss);
    double total = 0;
    for (int j = 0; j < factorGradNorms.length; j++) {
      m.put("grad_norm_" + (j + 1), factorGradNorms[j]);
      total += factorGradNorms[j] * factorGradNorms[j];
    }
    m.put("grad_norm", Math.sqrt(total));
    m.put("step_size", stepSize);
    m.put("flow_time", time);
    m.put("gradient_evaluations", (double) gradEvals);
    if (level == MetricsLevel.NONE) {
      return new IterationRecord(iteration, seconds, m, new double[0]);
    }
    if (level == MetricsLevel.FACTORED) {
      return factored(iteration, seconds, trainLoss, factors, m);
    }
    Mat w = Factors.product(factors);
    Svd svd = Svd.of(w);
    double[] s = svd.s();
    if (truth.isPresent()) {
      m.put("test_error", Errors.testError(w, truth.get()));
      if (observed != null) {
        m.put("unobserved_error", Errors.unobservedError(w, truth.get(), observed));
      }
      m.put("relative_error", Errors.relativeFrobeniusError(w, truth.get()));
    }
    m.put("nuclear_norm", Spectrum.nuclearNorm(s));
    m.put("effective_rank", Spectrum.effectiveRank(s));
    m.put("schatten_2_over_n", Spectrum.schattenPower(s, 2.0 / depth));
    m.put("schatten_half", Spectrum.schattenNorm(s, 0.5));
    m.put("frobenius_norm", w.frobeniusNorm());
    Mat g = problem.gradient(w);
    m.put("e2e_grad_norm", g.frobeniusNorm());
    m.put("balance", depth > 1 ? Balance.deviation(factors) : 0.0);
    Alignment a = Alignment.of(svd, g);
    m.put("align_diag_mean", a.diagMean());
    m.put("align_diag_std", a.diagStd());
    m.put("align_offdiag_mean", a.offDiagMean());
    m.put("align_offdiag_std", a.offDiagStd());
    if (problem instanceof CompletionProblem c && c.heldOut().isPresent()) {
      m.put("heldout_rmse", FactoredErrors.rmse(FactoredMatrix.of(factors), c.heldOut().get()));
    }
    return withSpectrum(iteration, seconds, m, s);
  }

  /** Level factored: the same measures from the factors; no alignment. */
  private IterationRecord factored(
      long iteration, double seconds, double trainLoss, List<Mat> factors, Map<String, Double> m) {
    FactoredMatrix w = FactoredMatrix.of(factors);
    double[] s = w.singularValues();
    m.putAll(FactoredErrors.of(w, problem));
    m.put("nuclear_norm", Spectrum.nuclearNorm(s));
    m.put("effective_rank", Spectrum.effectiveRank(s));
    m.put("schatten_2_over_n", Spectrum.schattenPower(s, 2.0 / depth));
    m.put("schatten_half", Spectrum.schattenNorm(s, 0.5));
    m.put("frobenius_norm", Spectrum.schattenNorm(s, 2.0));
    if (problem instanceof CompletionProblem) {
      // ∇ℓ(W) has the entries 2e_k/|Ω| on Ω only, so its norm is 2·√(ℓ/|Ω|).
      m.put("e2e_grad_norm", 2 * Math.sqrt(trainLoss / problem.observationCount()));
    }
    m.put("balance", depth > 1 ? Balance.deviation(factors) : 0.0);
    return withSpectrum(iteration, seconds, m, s);
  }

  private IterationRecord withSpectrum(
      long iteration, double seconds, Map<String, Double> m, double[] s) {
    double[] top = Spectrum.top(s, topK);
    for (int i = 0; i < top.length; i++) {
      m.put("sv_" + (i + 1), top[i]);
    }
    return new IterationRecord(iteration, seconds, m, top);
  }
}
