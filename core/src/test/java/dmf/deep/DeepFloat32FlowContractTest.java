package dmf.deep;

import java.util.Map;
import java.util.Optional;

/**
 * The solver contract for the deep factorization in float32 with the adaptive gradient flow (whose
 * steps hand back a fresh gradient), depth 3.
 */
class DeepFloat32FlowContractTest extends DeepMatrixFactorizationContractTest {
  @Override
  protected Map<String, Object> quick() {
    Map<String, Object> m = super.quick();
    m.put("depth", 3L);
    m.put("precision", "float32");
    m.put("optimizer", "flow");
    m.put("lr", 1e-2);
    m.put("init_scale", 0.1);
    m.put("max_iters", 60L);
    m.put("log_every", 10L);
    return m;
  }

  @Override
  protected Map<String, Object> endless() {
    return quickWith(
        Map.of("flow_max_step", 1e-6, "loss_threshold", 0.0, "max_iters", 1_000_000_000L));
  }

  /** An error-controlled integrator shrinks its step instead of diverging. */
  @Override
  protected Optional<Map<String, Object>> diverging() {
    return Optional.empty();
  }
}
