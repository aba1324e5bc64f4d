package dmf.symmetric;

import dmf.problem.Generators;
import dmf.problem.Problem;
import dmf.problem.PsdGenerators;
import dmf.problem.Solver;
import dmf.problem.SolverContract;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The solver contract for gradient descent on X = UUᵀ, on PSD sensing and PSD completion. */
class SymmetricFactorizationContractTest extends SolverContract {
  static final List<Problem> PSD_PROBLEMS =
      List.of(
          PsdGenerators.symmetricGaussianSensing(PsdGenerators.plantedLowRank(5, 1, 8), 15, 8),
          Generators.completion(Generators.lowRankTruth(5, 5, 1, true, 9), 20, 9));

  @Override
  protected Solver create(Map<String, Object> settings) {
    return fromTable("symmetric", settings);
  }

  @Override
  protected Map<String, Object> quick() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("step", "fixed");
    m.put("lr", 0.01);
    m.put("init_scale", 0.1);
    m.put("max_iters", 300L);
    return m;
  }

  @Override
  protected Map<String, Object> endless() {
    return quickWith(Map.of("lr", 1e-9, "loss_threshold", 0.0, "max_iters", 1_000_000_000L));
  }

  @Override
  protected List<Problem> problems() {
    return PSD_PROBLEMS;
  }

  /** The step-rule parameter in use (lr for step = fixed). */
  @Override
  protected List<String> positiveSettings() {
    return List.of("lr");
  }

  /** time_limit 0 means none; init_scale 0 starts at the stationary point U = 0. */
  @Override
  protected List<String> nonNegativeSettings() {
    return List.of("width", "init_scale", "loss_threshold", "max_iters", "time_limit");
  }

  @Override
  protected Optional<String> seedSetting() {
    return Optional.of("seed");
  }

  @Override
  protected Optional<Map<String, Object>> diverging() {
    return Optional.of(Map.of("lr", 1e3, "init_scale", 1.0));
  }
}
