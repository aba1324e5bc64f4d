package dmf.baseline;

import dmf.problem.Problem;
import dmf.problem.Solver;
import dmf.problem.SolverContract;
import java.util.List;
import java.util.Map;

/** The solver contract for SVT. */
class SingularValueThresholdingContractTest extends SolverContract {
  @Override
  protected Solver create(Map<String, Object> settings) {
    return fromTable("svt", settings);
  }

  @Override
  protected Map<String, Object> quick() {
    return Map.of("max_iters", 300L);
  }

  @Override
  protected Map<String, Object> endless() {
    return Map.of("tol", 0.0, "max_iters", 2_000_000_000L);
  }

  @Override
  protected List<Problem> problems() {
    return SoftImputeContractTest.COMPLETION;
  }

  @Override
  protected List<String> positiveSettings() {
    return List.of("max_iters");
  }

  /** τ and δ of 0 select the paper's values. */
  @Override
  protected List<String> nonNegativeSettings() {
    return List.of("svt_tau", "delta", "tol");
  }
}
