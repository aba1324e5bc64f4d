package dmf.symmetric;

import dmf.linalg.Mat;
import dmf.linalg.SymEig;
import dmf.problem.IterationRecord;
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
 * <p>The result's details hold those of the U phase plus "xgd_iterations". Iterations are those of
 * the U phase; an interruption during X_gd returns X_gd after 0 of them.
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
    long budget = descent.maxIterations();
    SolverResult first =
        new ProjectedGradientPsd(xgd).solve(problem, new Phase(observer, budget, true, 0));
    if ("interrupted".equals(first.stopReason())) {
      return new SolverResult(
          first.solution(),
          first.stopReason(),
          0,
          first.seconds(),
          Map.of("xgd_iterations", first.iterations()));
    }
    Mat u0 = squareRoot(first.solution());
    SymmetricResult second =
        new SymmetricFactorization(descent)
            .run(
                SymmetricObjective.of(problem),
                u0,
                new Phase(observer, budget, false, first.seconds()));
    SolverResult r = second.toSolverResult();
    Map<String, Object> d = new LinkedHashMap<>(r.details());
    d.put("xgd_iterations", first.iterations());
    return new SolverResult(
        r.solution(), r.stopReason(), r.iterations(), first.seconds() + r.seconds(), d);
  }

  /**
   * What the observer sees of a phase: the X_gd phase as iteration 0 of the U phase (whose steps
   * are the solve's iterations), wall time from the start of the whole solve.
   *
   * @param to the solve's observer
   * @param budget the U phase's iteration budget
   * @param xgd whether this is the X_gd phase
   * @param offsetSeconds wall time spent before the phase
   */
  private record Phase(SolveObserver to, long budget, boolean xgd, double offsetSeconds)
      implements SolveObserver {
    @Override
    public void onProgress(long iteration, long maxIterations, double loss, double seconds) {
      to.onProgress(xgd ? 0 : iteration, budget, loss, offsetSeconds + seconds);
    }

    @Override
    public void onRecord(IterationRecord record) {
      to.onRecord(record);
    }

    @Override
    public boolean stopRequested() {
      return to.stopRequested();
    }
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
