package dmf.theory;

import dmf.deep.GradientDescentStepper;
import dmf.linalg.Mat;
import dmf.linalg.Svd;
import dmf.linalg.SymEig;
import dmf.metrics.Spectrum;
import dmf.problem.SensingProblem;
import java.util.ArrayList;
import java.util.List;

/**
 * Theorem 2 and Proposition 1 of Arora et al. (2019) on a commuting (diagonal) sensing problem in d
 * = 3: ⟨e₁e₁ᵀ, X⟩ = 1 and ⟨e₂e₂ᵀ − e₃e₃ᵀ, X⟩ = 1. Its minimum-nuclear-norm PSD solution is X* =
 * diag(1, 1, 0) (any feasible PSD X has tr X = 2 + 2X₃₃). Gradient descent from α·I converges to X*
 * as α → 0 (Theorem 2). Yet X* + ε(e₁e₂ᵀ + e₂e₁ᵀ) stays feasible, PSD and of equal nuclear norm
 * while its Schatten-p quasi-norm is strictly lower for p &lt; 1 (Proposition 1): the limit is not
 * a local minimum of any Schatten-p quasi-norm.
 *
 * @param lr the step
 * @param maxSteps step budget per run
 */
public record CommutingCheck(double lr, int maxSteps) {

  /**
   * @param depth N
   * @param alpha init scale α
   * @param steps steps taken
   * @param distance ‖X∞ − diag(1, 1, 0)‖_F
   * @param loss final loss
   */
  public record Limit(int depth, double alpha, long steps, double distance, double loss) {}

  /**
   * @param p the quasi-norm exponent
   * @param eps the perturbation ε
   * @param base Schatten-p quasi-norm (Σσ^p)^(1/p) of diag(1, 1, 0)
   * @param perturbed that of the perturbed matrix
   * @param nuclearBase its nuclear norm
   * @param nuclearPerturbed the perturbed nuclear norm
   * @param minEigenvalue smallest eigenvalue of the perturbed matrix
   * @param residual ‖A(X_ε) − y‖
   */
  public record Perturbation(
      double p,
      double eps,
      double base,
      double perturbed,
      double nuclearBase,
      double nuclearPerturbed,
      double minEigenvalue,
      double residual) {}

  /**
   * @return the commuting problem
   */
  public static SensingProblem problem() {
    Mat a1 = Mat.diag(1, 0, 0);
    Mat a2 = Mat.diag(0, 1, -1);
    double[] a = new double[18];
    System.arraycopy(a1.data(), 0, a, 0, 9);
    System.arraycopy(a2.data(), 0, a, 9, 9);
    return new SensingProblem(3, 3, new Mat(9, 2, a), new double[] {1, 1}, null);
  }

  /**
   * @return diag(1, 1, 0)
   */
  public static Mat target() {
    return Mat.diag(1, 1, 0);
  }

  /**
   * Runs GD from α·I.
   *
   * @param depth N
   * @param alpha α
   * @return where it ends
   */
  public Limit limit(int depth, double alpha) {
    List<Mat> start = new ArrayList<>();
    for (int j = 0; j < depth; j++) {
      start.add(Mat.identity(3).scale(Math.pow(alpha, 1.0 / depth)));
    }
    GradientDescentStepper gd = new GradientDescentStepper(problem(), start);
    long t = 0;
    while (t < maxSteps && gd.loss() > 1e-20) {
      gd.step(lr);
      t++;
    }
    Mat x = gd.product();
    return new Limit(depth, alpha, t, x.minus(target()).frobeniusNorm(), gd.loss());
  }

  /**
   * @param p exponent in (0, 1)
   * @param eps ε
   * @return the comparison of diag(1, 1, 0) and its ε-perturbation
   */
  public static Perturbation perturb(double p, double eps) {
    Mat x = target();
    Mat xe = x.copy();
    xe.set(0, 1, eps);
    xe.set(1, 0, eps);
    double[] s0 = Svd.values(x);
    double[] s1 = Svd.values(xe);
    double[] ev = SymEig.values(xe);
    double minEv = Double.POSITIVE_INFINITY;
    for (double v : ev) {
      minEv = Math.min(minEv, v);
    }
    SensingProblem pr = problem();
    double[] m = pr.measure(xe);
    double res = Math.hypot(m[0] - 1, m[1] - 1);
    return new Perturbation(
        p,
        eps,
        Spectrum.schattenNorm(s0, p),
        Spectrum.schattenNorm(s1, p),
        Spectrum.nuclearNorm(s0),
        Spectrum.nuclearNorm(s1),
        minEv,
        res);
  }
}
