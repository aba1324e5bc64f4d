package dmf.symmetric;

import dmf.problem.Problem;
import dmf.problem.Solver;
import dmf.problem.SolverContract;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The solver contract for SVD initialization: X_gd, then gradient descent on U from its root. */
class SvdInitializedContractTest extends SolverContract {
  @Override
  protected Solver create(Map<String, Object> settings) {
    return fromTable("svd_init", settings);
  }

  @Override
  protected Map<String, Object> quick() {
    return Map.of("step", "fixed", "lr", 0.01, "max_iters", 100L);
  }

  @Override
  protected Map<String, Object> endless() {
    return Map.of("step", "fixed", "lr", 1e-9, "loss_threshold", 0.0, "max_iters", 1_000_000_000L);
  }

  @Override
  protected List<Problem> problems() {
    return SymmetricFactorizationContractTest.PSD_PROBLEMS;
  }

  @Override
  protected List<String> positiveSettings() {
    return List.of("lr");
  }

  @Override
  protected List<String> nonNegativeSettings() {
    return List.of("loss_threshold", "max_iters");
  }

  /** The seed starts the power iteration of the X_gd phase. */
  @Override
  protected Optional<String> seedSetting() {
    return Optional.of("seed");
  }

  @Override
  protected Optional<Map<String, Object>> diverging() {
    return Optional.of(Map.of("lr", 1e4, "loss_threshold", 0.0));
  }
}
