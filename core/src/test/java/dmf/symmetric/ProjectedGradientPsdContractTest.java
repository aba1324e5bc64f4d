package dmf.symmetric;

import dmf.problem.Problem;
import dmf.problem.Solver;
import dmf.problem.SolverContract;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The solver contract for X_gd, projected gradient descent over the PSD cone. */
class ProjectedGradientPsdContractTest extends SolverContract {
  @Override
  protected Solver create(Map<String, Object> settings) {
    return fromTable("psd_gd", settings);
  }

  @Override
  protected Map<String, Object> quick() {
    return Map.of("max_iters", 300L);
  }

  @Override
  protected Map<String, Object> endless() {
    return Map.of("loss_threshold", 0.0, "max_iters", 1_000_000_000L);
  }

  @Override
  protected List<Problem> problems() {
    return SymmetricFactorizationContractTest.PSD_PROBLEMS;
  }

  @Override
  protected List<String> positiveSettings() {
    return List.of();
  }

  @Override
  protected List<String> nonNegativeSettings() {
    return List.of("loss_threshold", "max_iters", "time_limit");
  }

  /** The seed starts the power iteration that estimates the step 1/L. */
  @Override
  protected Optional<String> seedSetting() {
    return Optional.of("seed");
  }
}
