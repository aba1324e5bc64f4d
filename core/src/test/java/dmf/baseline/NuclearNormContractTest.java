package dmf.baseline;

import dmf.problem.Generators;
import dmf.problem.Problem;
import dmf.problem.Solver;
import dmf.problem.SolverContract;
import java.util.List;
import java.util.Map;

/** The solver contract for minimum nuclear norm (ADMM), on completion and Gaussian sensing. */
class NuclearNormContractTest extends SolverContract {
  @Override
  protected Solver create(Map<String, Object> settings) {
    return fromTable("nuclear", settings);
  }

  @Override
  protected Map<String, Object> quick() {
    return Map.of("max_iters", 3000L);
  }

  @Override
  protected Map<String, Object> endless() {
    return quickWith(
        Map.of("gap_tol", 1e-300, "residual_tol", 1e-300, "max_iters", 2_000_000_000L));
  }

  @Override
  protected List<Problem> problems() {
    return List.of(
        Generators.completion(Generators.lowRankTruth(8, 7, 1, false, 3), 40, 3),
        Generators.sensing(Generators.lowRankTruth(5, 5, 1, false, 4), 20, false, 4));
  }

  @Override
  protected List<String> positiveSettings() {
    return List.of("gap_tol", "residual_tol", "max_iters");
  }

  @Override
  protected List<String> nonNegativeSettings() {
    return List.of("tau", "time_limit");
  }
}
