package dmf.theory;

import dmf.base.RandomStreams;
import dmf.baseline.NuclearNormSettings;
import dmf.baseline.NuclearNormSolver;
import dmf.linalg.Mat;
import dmf.problem.Generators;
import dmf.problem.SensingProblem;
import dmf.problem.SolveObserver;
import dmf.problem.SolverResult;
import dmf.problem.StopReason;
import dmf.symmetric.ProjectedGradientPsd;
import dmf.symmetric.StepRule;
import dmf.symmetric.SymmetricFactorization;
import dmf.symmetric.SymmetricInit;
import dmf.symmetric.SymmetricObjective;
import dmf.symmetric.SymmetricResult;
import dmf.symmetric.SymmetricSettings;
import java.util.SplittableRandom;

/**
 * Theorem 1 of Gunasekar et al. (2017): when the measurements commute, A_i = Q·diag(d_i)·Qᵀ with
 * one orthogonal Q, gradient descent on X = UUᵀ from U₀ = α·I stays diagonal in the basis Q and, as
 * α → 0, converges to a minimum-nuclear-norm (minimum-trace) PSD solution. The instance is random:
 * n×n, m &lt; n measurements with Gaussian d_i, and y = A(X₀) for a PSD X₀ of rank k diagonal in Q
 * (so the problem is feasible). The limit is compared with the certified minimum-trace solution.
 *
 * @param n side
 * @param m measurements
 * @param k rank of the planted X₀
 * @param seed root seed (streams "basis", "spectra", "planted")
 */
public record SymmetricCommutingCheck(int n, int m, int k, long seed) {

  /**
   * @param alpha α
   * @param steps gradient steps taken
   * @param stopReason why GD stopped
   * @param loss final mean squared residual
   * @param trace tr X∞ (its nuclear norm)
   * @param traceGap (tr X∞ − tr X_min)/tr X_min
   * @param distance ‖X∞ − X_min‖_F/‖X_min‖_F
   * @param offDiagonal largest |(QᵀX∞Q)_ij|, i ≠ j (0 if X∞ stays diagonal in Q)
   */
  public record Limit(
      double alpha,
      long steps,
      StopReason stopReason,
      double loss,
      double trace,
      double traceGap,
      double distance,
      double offDiagonal) {}

  /**
   * @return the orthogonal basis Q shared by all measurements
   */
  public Mat basis() {
    return Generators.randomSemiOrthogonal(n, n, RandomStreams.of(seed, "basis"));
  }

  /**
   * @return the commuting sensing problem
   */
  public SensingProblem problem() {
    Mat q = basis();
    SplittableRandom rs = RandomStreams.of(seed, "spectra");
    double[] a = new double[n * n * m];
    for (int i = 0; i < m; i++) {
      double[] d = new double[n];
      for (int j = 0; j < n; j++) {
        d[j] = rs.nextGaussian();
      }
      Mat ai = q.times(Mat.diag(d)).times(q.transpose()).symmetrize();
      System.arraycopy(ai.data(), 0, a, i * n * n, n * n);
    }
    SplittableRandom rp = RandomStreams.of(seed, "planted");
    double[] lambda = new double[n];
    for (int j = 0; j < k; j++) {
      lambda[j] = 0.5 + rp.nextDouble();
    }
    Mat x0 = q.times(Mat.diag(lambda)).times(q.transpose()).symmetrize();
    SensingProblem draft = new SensingProblem(n, n, new Mat(n * n, m, a), new double[m], null);
    return new SensingProblem(n, n, new Mat(n * n, m, a), draft.measure(x0), null);
  }

  /**
   * @return the certified minimum-trace PSD solution (gap and residual ≤ 1e-10)
   */
  public SolverResult minimumTrace() {
    return new NuclearNormSolver(new NuclearNormSettings(0, true, 1e-10, 1e-10, 200_000, 0))
        .solve(problem(), SolveObserver.NONE);
  }

  /**
   * Runs gradient descent from α·I with a fixed step stepFactor/(L·max(1, tr X_min)), L the
   * Lipschitz constant of the loss in X.
   *
   * @param alpha α
   * @param xmin the certified minimum
   * @param maxSteps step budget
   * @param stepFactor the step in units of 1/(L·max(1, tr X_min))
   * @param lossThreshold stop once the mean squared residual is at most this
   * @return where it ends
   */
  public Limit limit(
      double alpha, Mat xmin, long maxSteps, double stepFactor, double lossThreshold) {
    SensingProblem p = problem();
    SymmetricObjective obj = SymmetricObjective.of(p);
    double tr = xmin.trace();
    double lr = stepFactor / (ProjectedGradientPsd.lipschitz(obj, seed) * Math.max(1, tr));
    SymmetricSettings s =
        new SymmetricSettings(
            0,
            SymmetricInit.IDENTITY,
            alpha,
            seed,
            new StepRule.Fixed(lr),
            lossThreshold,
            maxSteps,
            Double.POSITIVE_INFINITY,
            1_000_000);
    SymmetricResult r = new SymmetricFactorization(s).run(p);
    Mat x = r.x();
    Mat q = basis();
    Mat inBasis = q.transpose().times(x).times(q);
    double off = 0;
    for (int j = 0; j < n; j++) {
      for (int i = 0; i < n; i++) {
        if (i != j) {
          off = Math.max(off, Math.abs(inBasis.get(i, j)));
        }
      }
    }
    return new Limit(
        alpha,
        r.iterations(),
        r.stopReason(),
        r.finalLoss(),
        x.trace(),
        (x.trace() - tr) / tr,
        x.minus(xmin).frobeniusNorm() / xmin.frobeniusNorm(),
        off);
  }
}
