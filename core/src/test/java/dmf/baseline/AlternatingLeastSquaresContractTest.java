package dmf.baseline;

import dmf.problem.Problem;
import dmf.problem.Solver;
import dmf.problem.SolverContract;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The solver contract for alternating least squares. */
class AlternatingLeastSquaresContractTest extends SolverContract {
  @Override
  protected Solver create(Map<String, Object> settings) {
    return fromTable("als", settings);
  }

  @Override
  protected Map<String, Object> quick() {
    return Map.of("als_rank", 2L, "max_iters", 40L);
  }

  @Override
  protected Map<String, Object> endless() {
    return Map.of("als_rank", 2L, "tol", 0.0, "max_iters", 2_000_000_000L);
  }

  @Override
  protected List<Problem> problems() {
    return SoftImputeContractTest.COMPLETION;
  }

  @Override
  protected List<String> positiveSettings() {
    return List.of("als_rank", "max_iters");
  }

  @Override
  protected List<String> nonNegativeSettings() {
    return List.of("als_lambda", "tol");
  }

  @Override
  protected Optional<String> seedSetting() {
    return Optional.of("seed");
  }
}
