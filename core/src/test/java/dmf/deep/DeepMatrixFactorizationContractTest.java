package dmf.deep;

import dmf.problem.Generators;
import dmf.problem.Problem;
import dmf.problem.Solver;
import dmf.problem.SolverContract;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The solver contract for the deep factorization: float64, GroupRMSprop (the defaults). */
class DeepMatrixFactorizationContractTest extends SolverContract {
  static final List<Problem> PROBLEMS =
      List.of(
          Generators.completion(Generators.lowRankTruth(6, 5, 1, false, 1), 20, 1),
          Generators.sensing(Generators.lowRankTruth(5, 4, 1, false, 2), 15, false, 2));

  @Override
  protected Solver create(Map<String, Object> settings) {
    return new DeepMatrixFactorization(TrainingConfig.fromMap(settings));
  }

  @Override
  protected Map<String, Object> quick() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("depth", 2L);
    m.put("lr", 1e-2);
    m.put("max_iters", 200L);
    m.put("log_every", 40L);
    m.put("top_k", 3L);
    return m;
  }

  @Override
  protected Map<String, Object> endless() {
    return quickWith(Map.of("lr", 1e-6, "loss_threshold", 0.0, "max_iters", 1_000_000_000L));
  }

  @Override
  protected List<Problem> problems() {
    return PROBLEMS;
  }

  @Override
  protected List<String> positiveSettings() {
    return List.of(
        "depth",
        "lr",
        "init_scale",
        "alpha",
        "eps",
        "flow_rtol",
        "flow_atol",
        "flow_max_step",
        "divergence_factor",
        "log_every");
  }

  @Override
  protected List<String> nonNegativeSettings() {
    return List.of("loss_threshold", "max_iters", "time_limit", "top_k");
  }

  @Override
  protected Optional<String> seedSetting() {
    return Optional.of("seed");
  }

  @Override
  protected Optional<Map<String, Object>> diverging() {
    return Optional.of(Map.of("optimizer", "gd", "lr", 1e4, "init_scale", 1.0, "log_every", 1L));
  }
}
