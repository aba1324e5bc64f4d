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
 * SoftImpute (Mazumder, Hastie, Tibshirani 2010): Z ← S_λ(P_Ω(M) + P_Ω⊥(Z)), with S_λ
 * singular-value soft-thresholding, along a geometric path of λ from σ₁(P_Ω(M)) down to
 * λ_min·σ₁(P_Ω(M)), each λ warm-started from the previous solution.
 *
 * @param lambdaMin the last λ relative to σ₁(P_Ω(M))
 * @param pathLength number of λ values
 * @param tol stop an inner loop when ‖Z_new − Z‖_F² / ‖Z‖_F² ≤ tol
 * @param maxIters inner iterations per λ at most
 */
public record SoftImpute(double lambdaMin, int pathLength, double tol, int maxIters)
    implements Solver {

  /** The last λ relative to σ₁(P_Ω(M)). */
  public static final Setting<Double> LAMBDA_MIN =
      Setting.ofDouble("lambda_min", 1e-4, "the last λ of the path, relative to σ₁(P_Ω(M))")
          .positive()
          .below(1);

  /** Number of λ values. */
  public static final Setting<Integer> PATH_LENGTH =
      Setting.ofInt("path_length", 20, "number of λ values on the geometric path").min(1);

  /** Inner tolerance. */
  public static final Setting<Double> TOL =
      Setting.ofDouble("tol", 1e-14, "stop an inner loop at relative change² ≤ tol").min(0);

  /** Inner iteration budget. */
  public static final Setting<Integer> MAX_ITERS =
      Setting.ofInt("max_iters", 5000, "inner iterations per λ at most").min(1);

  /** The settings table. */
  public static final SettingsTable TABLE =
      SettingsTable.of("softimpute", LAMBDA_MIN, PATH_LENGTH, TOL, MAX_ITERS);

  /** Validates through the table's bounds. */
  public SoftImpute {
    LAMBDA_MIN.parse(lambdaMin);
    PATH_LENGTH.parse(pathLength);
    TOL.parse(tol);
    MAX_ITERS.parse(maxIters);
  }

  /**
   * @param s settings of {@link #TABLE}
   * @return the solver
   */
  public static SoftImpute from(Settings s) {
    return new SoftImpute(s.get(LAMBDA_MIN), s.get(PATH_LENGTH), s.get(TOL), s.get(MAX_ITERS));
  }

  /**
   * @return the defaults of {@link #TABLE}: λ_min 1e-4, 20 values, tol 1e-14, 5000 inner iterations
   */
  public static SoftImpute defaults() {
    return from(TABLE.defaults());
  }

  @Override
  public String name() {
    return "softimpute";
  }

  @Override
  public SolverResult solve(Problem problem, SolveObserver observer) {
    CompletionProblem p = Completions.require(problem, "softimpute");
    long t0 = System.nanoTime();
    Mat z = Mat.zeros(p.rows(), p.cols());
    double lambdaMax = Svd.values(Completions.observed(p))[0];
    long total = 0;
    long budget = (long) pathLength * maxIters;
    StopReason stop = StopReason.CONVERGED;
    for (int s = 1; s <= pathLength; s++) {
      double lambda = lambdaMax * Math.pow(lambdaMin, (double) s / pathLength);
      for (int it = 0; it < maxIters; it++) {
        Mat fill = z.copy();
        Completions.fillObserved(p, fill);
        Mat next = NuclearNormSolver.prox(fill, lambda, false);
        double change = next.minus(z).frobeniusNorm();
        double norm = Math.max(z.frobeniusNorm(), 1e-300);
        z = next;
        total++;
        if (change * change / (norm * norm) <= tol) {
          break;
        }
      }
      observer.onProgress(
          total, budget, Completions.relativeResidual(p, z), (System.nanoTime() - t0) * 1e-9);
      if (s < pathLength && observer.stopRequested()) {
        stop = StopReason.INTERRUPTED;
        break;
      }
    }
    Map<String, Object> d = new LinkedHashMap<>();
    d.put("lambda_final", lambdaMax * lambdaMin);
    d.put("primal_residual", Completions.relativeResidual(p, z));
    return new SolverResult(z, stop, total, (System.nanoTime() - t0) * 1e-9, d);
  }
}
