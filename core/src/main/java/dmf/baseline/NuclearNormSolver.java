package dmf.baseline;

import dmf.base.UserInputException;
import dmf.linalg.Mat;
import dmf.linalg.Svd;
import dmf.linalg.SymEig;
import dmf.problem.CompletionProblem;
import dmf.problem.Problem;
import dmf.problem.SolveObserver;
import dmf.problem.Solver;
import dmf.problem.SolverResult;
import dmf.problem.StopReason;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Minimum nuclear norm (or minimum trace over the PSD cone) subject to the measurements, by ADMM on
 * min ‖X‖_* + 𝟙{Z feasible} s.t. X = Z: the X-step is singular-value soft-thresholding (an
 * eigenvalue shift and clip for the PSD form), the Z-step a projection onto the feasible set, with
 * residual balancing of the penalty ρ. Every solution carries a {@link Certificate} recomputed from
 * scratch; the status is "optimal" only when the relative gap and relative primal residual meet the
 * settings, else "inaccurate" (time budget), "interrupted" (the observer asked) or
 * "iteration_limit".
 */
public final class NuclearNormSolver implements Solver {
  private static final long PROGRESS_NANOS = 250_000_000L;
  private final NuclearNormSettings settings;

  /**
   * @param settings the settings
   */
  public NuclearNormSolver(NuclearNormSettings settings) {
    this.settings = settings;
  }

  @Override
  public String name() {
    return settings.psd() ? "trace-psd" : "nuclear";
  }

  @Override
  public SolverResult solve(Problem problem, SolveObserver observer) {
    double tau = settings.tau();
    boolean psd = settings.psd();
    if (tau > 0 && !(problem instanceof CompletionProblem)) {
      throw new UserInputException(
          "the relaxed form |A(X) - b| <= tau is implemented for "
              + "completion only; use tau = 0 for sensing");
    }
    if (psd && problem.rows() != problem.cols()) {
      throw new UserInputException(
          "the PSD form needs a square matrix, got " + problem.rows() + "x" + problem.cols());
    }
    LinearMeasurements a = LinearMeasurements.of(problem);
    double[] b = a.values();
    long t0 = System.nanoTime();
    long nextProgress = t0 + PROGRESS_NANOS;
    int rows = problem.rows();
    int cols = problem.cols();
    Mat z = project(a, Mat.zeros(rows, cols), b, tau);
    Mat u = Mat.zeros(rows, cols);
    Mat x = z;
    double rho = 1.0 / Math.max(1e-12, Svd.values(z)[0]);
    Certificate cert = null;
    StopReason status = StopReason.MAX_ITERS;
    int it = 0;
    for (; it < settings.maxIters(); it++) {
      x = prox(z.minus(u), 1 / rho, psd);
      Mat zOld = z;
      z = project(a, x.plusScaled(1, u), b, tau);
      Mat diff = x.minus(z);
      u = u.plusScaled(1, diff);
      double r = diff.frobeniusNorm();
      double s = rho * z.minus(zOld).frobeniusNorm();
      if (it % 10 == 9) {
        cert = certificate(problem, a, x, u, rho, tau, psd);
        if (cert.relativeGap() <= settings.gapTol()
            && cert.primalResidual() <= settings.residualTol()) {
          status = StopReason.OPTIMAL;
          it++;
          break;
        }
        if (settings.timeLimit() > 0 && (System.nanoTime() - t0) * 1e-9 > settings.timeLimit()) {
          status = StopReason.INACCURATE;
          it++;
          break;
        }
        if (observer.stopRequested()) {
          status = StopReason.INTERRUPTED;
          it++;
          break;
        }
      }
      if (r > 10 * s) {
        rho *= 2;
        u = u.scale(0.5);
      } else if (s > 10 * r) {
        rho /= 2;
        u = u.scale(2);
      }
      long now = System.nanoTime();
      if (now >= nextProgress) {
        nextProgress = now + PROGRESS_NANOS;
        observer.onProgress(
            it,
            settings.maxIters(),
            cert == null ? Double.NaN : cert.relativeGap(),
            (now - t0) * 1e-9);
      }
    }
    if (cert == null || status != StopReason.OPTIMAL) {
      cert = certificate(problem, a, x, u, rho, tau, psd);
      if (status != StopReason.INTERRUPTED
          && cert.relativeGap() <= settings.gapTol()
          && cert.primalResidual() <= settings.residualTol()) {
        status = StopReason.OPTIMAL;
      }
    }
    double seconds = (System.nanoTime() - t0) * 1e-9;
    observer.onProgress(it, settings.maxIters(), cert.relativeGap(), seconds);
    Map<String, Object> d = new LinkedHashMap<>();
    d.put("status", status.label());
    d.put("primal_residual", cert.primalResidual());
    d.put("dual_infeasibility", cert.dualInfeasibility());
    d.put("duality_gap", cert.relativeGap());
    d.put("dual_objective", cert.dualObjective());
    d.put("primal_objective", cert.primalObjective());
    d.put("rho", rho);
    d.put("dual", cert.dual());
    return new SolverResult(x, status, it, seconds, d);
  }

  /** The dual point of ADMM: −ρU lies in range(A*) at a fixed point, so λ solves A*λ ≈ −ρU. */
  private static Certificate certificate(
      Problem p, LinearMeasurements a, Mat x, Mat u, double rho, double tau, boolean psd) {
    double[] lambda = a.solveGram(a.apply(u.scale(-rho)));
    return Certificate.verify(p, x, lambda, tau, psd);
  }

  /** Projection onto {Z : A(Z) = b} (τ = 0) or, for entries, {|Z_Ω − b| ≤ τ}. */
  private static Mat project(LinearMeasurements a, Mat v, double[] b, double tau) {
    if (tau == 0) {
      return a.projectFeasible(v);
    }
    double[] av = a.apply(v);
    double[] corr = new double[b.length];
    for (int k = 0; k < b.length; k++) {
      double e = av[k] - b[k];
      corr[k] = Math.signum(e) * Math.max(Math.abs(e) - tau, 0);
    }
    return v.minus(a.adjoint(a.solveGram(corr)));
  }

  /** prox of t‖·‖_* (soft-threshold singular values) or of t·tr over the PSD cone. */
  static Mat prox(Mat v, double t, boolean psd) {
    if (psd) {
      return SymEig.of(v.symmetrize()).apply(l -> Math.max(l - t, 0));
    }
    Svd s = Svd.of(v);
    double[] shrunk = new double[s.s().length];
    for (int c = 0; c < shrunk.length; c++) {
      shrunk[c] = Math.max(s.s()[c] - t, 0);
    }
    return s.u().scaleColumns(shrunk).times(s.vt());
  }
}
