package dmf.baseline;

import dmf.linalg.Mat;
import dmf.linalg.Svd;
import dmf.problem.CompletionProblem;
import dmf.problem.Problem;
import dmf.problem.SolveObserver;
import dmf.problem.Solver;
import dmf.problem.SolverResult;
import dmf.problem.StopReason;
import dmf.settings.Setting;
import dmf.settings.Settings;
import dmf.settings.SettingsTable;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * SVT (Cai, Candès, Shen 2010): X_k = S_τ(Y_{k−1}), Y_k = Y_{k−1} + δ·P_Ω(M − X_k), from Y_0 =
 * k₀δP_Ω(M) with k₀ = ⌈τ/(δ‖P_Ω(M)‖₂)⌉. It solves min τ‖X‖_* + ½‖X‖_F² s.t. P_Ω(X) = P_Ω(M), close
 * to minimum nuclear norm for large τ. A step too large for the sampling makes the iterates grow
 * without bound: the solve then stops as diverged with the last iterate whose residual was at most
 * {@link #DIVERGED_RESIDUAL}.
 *
 * @param tau the threshold (0 = the paper's 5·√(d·d'))
 * @param delta the step (0 = the paper's 1.2·d·d'/|Ω|, capped at 1.9)
 * @param tol stop at ‖P_Ω(X − M)‖_F / ‖P_Ω(M)‖_F ≤ tol
 * @param maxIters iteration budget
 */
public record SingularValueThresholding(double tau, double delta, double tol, int maxIters)
    implements Solver {

  /** The threshold τ. */
  public static final Setting<Double> TAU =
      Setting.ofDouble("svt_tau", 0, "the threshold τ (0 = the paper's 5·√(d·d'))").min(0);

  /** The step δ. */
  public static final Setting<Double> DELTA =
      Setting.ofDouble("delta", 0, "the step δ (0 = the paper's 1.2·d·d'/|Ω|, capped at 1.9)")
          .min(0);

  /** Tolerance. */
  public static final Setting<Double> TOL =
      Setting.ofDouble("tol", 1e-4, "stop at ‖P_Ω(X − M)‖_F / ‖P_Ω(M)‖_F ≤ tol").min(0);

  /** Iteration budget. */
  public static final Setting<Integer> MAX_ITERS =
      Setting.ofInt("max_iters", 2000, "iteration budget").min(1);

  /**
   * A relative residual ‖P_Ω(X − M)‖_F / ‖P_Ω(M)‖_F above this (that of X = 0 is 1) means the
   * iteration diverges: stop reason diverged.
   */
  public static final double DIVERGED_RESIDUAL = 1e3;

  /** The settings table. */
  public static final SettingsTable TABLE = SettingsTable.of("svt", TAU, DELTA, TOL, MAX_ITERS);

  /** Validates through the table's bounds. */
  public SingularValueThresholding {
    TAU.parse(tau);
    DELTA.parse(delta);
    TOL.parse(tol);
    MAX_ITERS.parse(maxIters);
  }

  /**
   * @param s settings of {@link #TABLE}
   * @return the solver
   */
  public static SingularValueThresholding from(Settings s) {
    return new SingularValueThresholding(s.get(TAU), s.get(DELTA), s.get(TOL), s.get(MAX_ITERS));
  }

  /**
   * @return the defaults of {@link #TABLE}: the paper's τ and δ, tol 1e-4, 2000 iterations
   */
  public static SingularValueThresholding defaults() {
    return from(TABLE.defaults());
  }

  @Override
  public String name() {
    return "svt";
  }

  @Override
  public SolverResult solve(Problem problem, SolveObserver observer) {
    CompletionProblem p = Completions.require(problem, "svt");
    long t0 = System.nanoTime();
    double dd = (double) p.rows() * p.cols();
    double t = tau > 0 ? tau : 5 * Math.sqrt(dd);
    // The paper's 1.2/p, capped below 2 where convergence needs δ < 2 (dense sampling).
    double step = delta > 0 ? delta : Math.min(1.2 * dd / p.observationCount(), 1.9);
    Mat m = Completions.observed(p);
    double norm2 = Svd.values(m)[0];
    double k0 = Math.ceil(t / (step * norm2));
    Mat y = m.scale(k0 * step);
    Mat x = Mat.zeros(p.rows(), p.cols());
    StopReason stop = StopReason.MAX_ITERS;
    int it = 0;
    int[] r = p.rowIdx();
    int[] c = p.colIdx();
    double[] v = p.values();
    for (; it < maxIters; it++) {
      if (!y.isFinite()) {
        stop = StopReason.DIVERGED;
        break;
      }
      Mat next = NuclearNormSolver.prox(y, t, false);
      double res = Completions.relativeResidual(p, next);
      if (!Double.isFinite(res) || res > DIVERGED_RESIDUAL) {
        // The step is too large for the sampling: keep the last iterate that was not worse.
        stop = StopReason.DIVERGED;
        break;
      }
      x = next;
      if (res <= tol) {
        stop = StopReason.CONVERGED;
        it++;
        break;
      }
      for (int k = 0; k < v.length; k++) {
        y.set(r[k], c[k], y.get(r[k], c[k]) + step * (v[k] - x.get(r[k], c[k])));
      }
      if (it % 20 == 0) {
        observer.onProgress(it, maxIters, res, (System.nanoTime() - t0) * 1e-9);
        if (observer.stopRequested()) {
          stop = StopReason.INTERRUPTED;
          break;
        }
      }
    }
    double residual = Completions.relativeResidual(p, x);
    observer.onProgress(it, maxIters, residual, (System.nanoTime() - t0) * 1e-9);
    Map<String, Object> d = new LinkedHashMap<>();
    d.put("tau", t);
    d.put("delta", step);
    d.put("primal_residual", residual);
    return new SolverResult(x, stop, it, (System.nanoTime() - t0) * 1e-9, d);
  }
}
