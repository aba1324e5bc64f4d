package dmf.baseline;

import dmf.base.UserInputException;
import dmf.linalg.Mat;
import dmf.linalg.Svd;
import dmf.problem.CompletionProblem;
import dmf.problem.Problem;
import dmf.problem.SolveObserver;
import dmf.problem.Solver;
import dmf.problem.SolverResult;
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

  /** Validates: 0 &lt; λ_min ≤ 1, at least one λ and one inner iteration, tol ≥ 0. */
  public SoftImpute {
    if (!(lambdaMin > 0 && lambdaMin <= 1)) {
      throw new UserInputException("lambda_min must lie in (0, 1], got " + lambdaMin);
    }
    if (pathLength < 1 || maxIters < 1) {
      throw new UserInputException(
          "path_length and max_iters must be at least 1, got " + pathLength + " and " + maxIters);
    }
    if (!(tol >= 0)) {
      throw new UserInputException("tol must be ≥ 0, got " + tol);
    }
  }

  /**
   * @return λ_min 1e-4, 20 values, tol 1e-14, 5000 inner iterations
   */
  public static SoftImpute defaults() {
    return new SoftImpute(1e-4, 20, 1e-14, 5000);
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
    String stop = "converged";
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
        stop = "interrupted";
        break;
      }
    }
    Map<String, Object> d = new LinkedHashMap<>();
    d.put("lambda_final", lambdaMax * lambdaMin);
    d.put("primal_residual", Completions.relativeResidual(p, z));
    return new SolverResult(z, stop, total, (System.nanoTime() - t0) * 1e-9, d);
  }
}
