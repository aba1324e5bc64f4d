package dmf.symmetric;

import dmf.linalg.Mat;
import dmf.linalg.SymEig;
import dmf.problem.Problem;
import dmf.problem.SolveObserver;
import dmf.problem.Solver;
import dmf.problem.SolverResult;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The SVD-initialization reference of Gunasekar et al. (2017): first X_gd by {@link
 * ProjectedGradientPsd}, then U₀ = Q·Λ^{1/2} from its eigendecomposition X_gd = QΛQᵀ (full width,
 * so U₀U₀ᵀ = X_gd), then gradient descent in U by {@link SymmetricFactorization} with the given
 * step rule. It shows that the factorization by itself does not prefer low nuclear norm: started at
 * a global optimum it stays there.
 *
 * <p>The result's details hold those of the U phase plus "xgd_iterations".
 */
public final class SvdInitialized implements Solver {
  private final PsdGradientSettings xgd;
  private final SymmetricSettings descent;

  /**
   * @param xgd settings of the X_gd phase
   * @param descent settings of the U phase (its init and width are ignored)
   */
  public SvdInitialized(PsdGradientSettings xgd, SymmetricSettings descent) {
    this.xgd = xgd;
    this.descent = descent;
  }

  @Override
  public String name() {
    return "svd_init";
  }

  @Override
  public SolverResult solve(Problem problem, SolveObserver observer) {
    SolverResult first = new ProjectedGradientPsd(xgd).solve(problem, observer);
    Mat u0 = squareRoot(first.solution());
    SymmetricResult second =
        new SymmetricFactorization(descent).run(SymmetricObjective.of(problem), u0, observer);
    SolverResult r = second.toSolverResult();
    Map<String, Object> d = new LinkedHashMap<>(r.details());
    d.put("xgd_iterations", first.iterations());
    return new SolverResult(
        r.solution(), r.stopReason(), r.iterations(), first.seconds() + r.seconds(), d);
  }

  /**
   * @param x a symmetric PSD matrix (Input)
   * @return U = Q·max(Λ, 0)^{1/2}, so UUᵀ = x up to rounding
   */
  static Mat squareRoot(Mat x) {
    SymEig e = SymEig.of(x.symmetrize());
    return e.vectors().scaleColumns(e.map(l -> Math.sqrt(Math.max(l, 0))));
  }
}
