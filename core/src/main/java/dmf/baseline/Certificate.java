package dmf.baseline;

import dmf.linalg.Mat;
import dmf.linalg.Svd;
import dmf.linalg.SymEig;
import dmf.metrics.Spectrum;
import dmf.problem.Problem;

/**
 * An optimality certificate for min ‖X‖_* (or tr X over X ⪰ 0) subject to A(X) = b, or |A(X) − b| ≤
 * τ: a dual point λ, scaled to be exactly dual feasible, gives the lower bound ⟨λ, b⟩ − τ‖λ‖₁ on
 * the optimum.
 *
 * @param primalObjective ‖X‖_* (tr X for the PSD form)
 * @param primalResidual ‖max(|A(X) − b| − τ, 0)‖₂ / ‖b‖₂
 * @param dual λ after scaling into the dual feasible set
 * @param dualInfeasibility how far the unscaled λ was outside: ‖A*λ‖₂ − 1 (or λ_max(A*λ) − 1 for
 *     PSD), clipped at 0
 * @param dualObjective the lower bound
 * @param relativeGap (primal − dual) / max(1, |primal|)
 */
public record Certificate(
    double primalObjective,
    double primalResidual,
    double[] dual,
    double dualInfeasibility,
    double dualObjective,
    double relativeGap) {

  /** Copies the dual. */
  public Certificate {
    dual = dual.clone();
  }

  @Override
  public double[] dual() {
    return dual.clone();
  }

  /**
   * Computes the certificate from scratch, independently of any solver state.
   *
   * @param problem the problem
   * @param x the candidate solution
   * @param lambda a candidate dual point (any scale)
   * @param tau the relaxation (0 = equality)
   * @param psd the trace/PSD form
   * @return the certificate
   */
  public static Certificate verify(
      Problem problem, Mat x, double[] lambda, double tau, boolean psd) {
    LinearMeasurements a = LinearMeasurements.of(problem);
    double[] b = a.values();
    double[] ax = a.apply(x);
    double res = 0;
    double bn = 0;
    for (int k = 0; k < b.length; k++) {
      double e = Math.max(Math.abs(ax[k] - b[k]) - tau, 0);
      res += e * e;
      bn += b[k] * b[k];
    }
    double primal = psd ? x.trace() : Spectrum.nuclearNorm(Svd.values(x));
    Mat y = a.adjoint(lambda);
    double bound;
    if (psd) {
      double max = 0;
      for (double v : SymEig.values(y.symmetrize())) {
        max = Math.max(max, v);
      }
      bound = max;
    } else {
      bound = Svd.values(y)[0];
    }
    double scale = bound > 1 ? 1 / bound : 1;
    double[] dual = lambda.clone();
    double dobj = 0;
    double l1 = 0;
    for (int k = 0; k < dual.length; k++) {
      dual[k] *= scale;
      dobj += dual[k] * b[k];
      l1 += Math.abs(dual[k]);
    }
    dobj -= tau * l1;
    double gap = (primal - dobj) / Math.max(1, Math.abs(primal));
    return new Certificate(
        primal,
        Math.sqrt(res) / Math.max(Math.sqrt(bn), 1e-300),
        dual,
        Math.max(bound - 1, 0),
        dobj,
        gap);
  }
}
