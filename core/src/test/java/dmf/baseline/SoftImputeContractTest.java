package dmf.baseline;

import dmf.problem.Generators;
import dmf.problem.Problem;
import dmf.problem.Solver;
import dmf.problem.SolverContract;
import java.util.List;
import java.util.Map;

/** The solver contract for SoftImpute. */
class SoftImputeContractTest extends SolverContract {
  static final List<Problem> COMPLETION =
      List.of(Generators.completion(Generators.lowRankTruth(9, 8, 2, false, 7), 50, 7));

  @Override
  protected Solver create(Map<String, Object> settings) {
    return fromTable("softimpute", settings);
  }

  @Override
  protected Map<String, Object> quick() {
    return Map.of("path_length", 6L, "max_iters", 200L);
  }

  @Override
  protected Map<String, Object> endless() {
    return Map.of("path_length", 1_000_000L, "tol", 0.0, "max_iters", 10L);
  }

  @Override
  protected List<Problem> problems() {
    return COMPLETION;
  }

  @Override
  protected List<String> positiveSettings() {
    return List.of("lambda_min", "path_length", "max_iters");
  }

  @Override
  protected List<String> nonNegativeSettings() {
    return List.of("tol");
  }
}
