package dmf.theory;

import dmf.deep.GradientDescentStepper;
import dmf.linalg.Mat;
import dmf.problem.SensingProblem;
import java.util.ArrayList;
import java.util.List;

/**
 * Single-measurement sensing, ℓ(W) = (⟨A, W⟩ − y)² with a diagonal A = diag(a_1, …, a_d), from the
 * balanced start W₀ = α·I. The singular vectors stay put, so by Theorem 3 two singular values obey
 * dσ_1/dσ_2 = (a_1/a_2)·(σ_1/σ_2)^(2−2/N), whose solutions are Eq. (11) of Arora et al. (2019):
 *
 * <ul>
 *   <li>N = 1: σ_1 − σ_1(0) = (a_1/a_2)(σ_2 − σ_2(0));
 *   <li>N = 2: σ_1 = σ_1(0)·(σ_2/σ_2(0))^(a_1/a_2);
 *   <li>N ≥ 3: σ_1^(−(1−2/N)) − σ_1(0)^(−(1−2/N)) = (a_1/a_2)(σ_2^(−(1−2/N)) − σ_2(0)^(−(1−2/N))).
 * </ul>
 *
 * @param a the diagonal of A (a_1, a_2 are the compared entries)
 * @param y the measured value
 * @param alpha the init scale α
 * @param lr the step
 * @param maxSteps step budget
 */
public record Eq11Check(double[] a, double y, double alpha, double lr, int maxSteps) {

  /**
   * @param depth N
   * @param sigma1 measured σ_1 along the run
   * @param sigma2 measured σ_2 along the run
   * @param closedForm σ_1 predicted from σ_2 by Eq. (11)
   * @param maxRelativeDeviation max |σ_1 − closed form|/closed form
   */
  public record Trajectory(
      int depth,
      double[] sigma1,
      double[] sigma2,
      double[] closedForm,
      double maxRelativeDeviation) {}

  /**
   * @param depth N
   * @return the trajectory and its deviation from the closed form
   */
  public Trajectory run(int depth) {
    int d = a.length;
    SensingProblem p =
        new SensingProblem(d, d, new Mat(d * d, 1, Mat.diag(a).data()), new double[] {y}, null);
    List<Mat> start = new ArrayList<>();
    for (int j = 0; j < depth; j++) {
      start.add(Mat.identity(d).scale(Math.pow(alpha, 1.0 / depth)));
    }
    GradientDescentStepper gd = new GradientDescentStepper(p, start);
    List<double[]> pts = new ArrayList<>();
    for (int t = 0; t <= maxSteps && gd.loss() > 1e-14; t++) {
      Mat w = gd.product();
      pts.add(new double[] {Math.abs(w.get(0, 0)), Math.abs(w.get(1, 1))});
      gd.step(lr);
    }
    double[] s1 = new double[pts.size()];
    double[] s2 = new double[pts.size()];
    double[] cf = new double[pts.size()];
    double worst = 0;
    for (int i = 0; i < s1.length; i++) {
      s1[i] = pts.get(i)[0];
      s2[i] = pts.get(i)[1];
      cf[i] = closedForm(depth, s2[i], s1[0], s2[0]);
      worst = Math.max(worst, Math.abs(s1[i] - cf[i]) / cf[i]);
    }
    return new Trajectory(depth, s1, s2, cf, worst);
  }

  /** σ_1 as a function of σ_2 by Eq. (11). */
  double closedForm(int depth, double s2, double s10, double s20) {
    double k = a[0] / a[1];
    if (depth == 1) {
      return s10 + k * (s2 - s20);
    }
    if (depth == 2) {
      return s10 * Math.pow(s2 / s20, k);
    }
    double e = 1 - 2.0 / depth;
    double rhs = Math.pow(s10, -e) + k * (Math.pow(s2, -e) - Math.pow(s20, -e));
    return Math.pow(rhs, -1 / e);
  }
}
