package dmf.symmetric;

import dmf.base.RandomStreams;
import dmf.linalg.Mat;
import dmf.linalg.SymEig;
import dmf.problem.Generators;
import dmf.problem.Problem;
import dmf.problem.SolveObserver;
import dmf.problem.Solver;
import dmf.problem.SolverResult;
import dmf.problem.StopReason;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * X_gd (Gunasekar et al. 2017): projected gradient descent directly on X over the PSD cone,
 *
 * <pre>
 *   min_{X ⪰ 0} g(X) = (1/m)·Σ_i (⟨A_i, X⟩ − y_i)²       (mean squared residual)
 *   X ← Π_PSD(X − (1/L)·∇g(X)),   ∇g(X) = (2/m)·sym(A*(A(X) − y)),
 * </pre>
 *
 * starting from X = 0. Π_PSD symmetrizes and clips negative eigenvalues of an eigendecomposition. L
 * = (2/m)·λ_max(sym∘A*A) is the gradient's Lipschitz constant on symmetric matrices, estimated by
 * power iteration (which approaches λ_max from below; any estimate above L/2 keeps the iteration
 * convergent, and the power iteration runs to a relative change of 1e-10). Works for any square
 * sensing or completion problem.
 *
 * <p>The result's details hold "final_loss" and "lipschitz". Never prints.
 */
public final class ProjectedGradientPsd implements Solver {
  private static final int POWER_MAX_ITERATIONS = 10_000;
  private static final double POWER_TOL = 1e-10;

  private final PsdGradientSettings settings;

  /**
   * @param settings the settings
   */
  public ProjectedGradientPsd(PsdGradientSettings settings) {
    this.settings = settings;
  }

  @Override
  public String name() {
    return "psd_gd";
  }

  @Override
  public SolverResult solve(Problem problem, SolveObserver observer) {
    SymmetricObjective obj = SymmetricObjective.of(problem);
    int n = obj.size();
    int m = obj.observationCount();
    long start = System.nanoTime();
    StopCheck stop =
        new StopCheck(
            settings.lossThreshold(),
            settings.maxIterations(),
            settings.timeLimitSeconds(),
            observer,
            start);
    double lip = lipschitz(obj, settings.seed());
    Mat x = Mat.zeros(n, n);
    double[] r = obj.residualsOfX(x);
    double loss = SymmetricObjective.meanSquare(r);
    long it = 0;
    StopReason reason;
    while (true) {
      reason = Double.isFinite(loss) ? stop.reason(it, loss) : StopReason.DIVERGED;
      if (reason != null) {
        break;
      }
      Mat g = obj.symmetricAdjoint(r).scale(2.0 / m);
      x = projectPsd(x.plusScaled(-1.0 / lip, g));
      r = obj.residualsOfX(x);
      loss = SymmetricObjective.meanSquare(r);
      it++;
    }
    stop.finish(it, loss);
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("final_loss", loss);
    details.put("lipschitz", lip);
    return new SolverResult(x, reason, it, (System.nanoTime() - start) * 1e-9, details);
  }

  /**
   * @param x a square matrix (Input)
   * @return the nearest PSD matrix in Frobenius norm to its symmetric part: Q·max(Λ, 0)·Qᵀ
   */
  public static Mat projectPsd(Mat x) {
    return SymEig.of(x.symmetrize()).apply(l -> Math.max(l, 0)).symmetrize();
  }

  /**
   * @param obj the objective
   * @param seed seed of the random start
   * @return the power-iteration estimate of L = (2/m)·λ_max(sym∘A*A) on symmetric matrices
   */
  public static double lipschitz(SymmetricObjective obj, long seed) {
    int n = obj.size();
    Mat v = Generators.gaussian(n, n, 1.0, RandomStreams.of(seed, "power_iteration")).symmetrize();
    v = v.scale(1.0 / v.frobeniusNorm());
    double lambda = 0;
    for (int k = 0; k < POWER_MAX_ITERATIONS; k++) {
      Mat w = obj.symmetricAdjoint(obj.measure(v));
      double norm = w.frobeniusNorm();
      if (norm == 0) {
        break;
      }
      double previous = lambda;
      lambda = norm;
      v = w.scale(1.0 / norm);
      if (Math.abs(lambda - previous) <= POWER_TOL * lambda) {
        break;
      }
    }
    if (lambda == 0) {
      lambda = 1; // A vanishes on symmetric matrices: any step works
    }
    return 2.0 * lambda / obj.observationCount();
  }
}
