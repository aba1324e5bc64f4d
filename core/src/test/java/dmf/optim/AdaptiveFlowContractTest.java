package dmf.optim;

class AdaptiveFlowContractTest extends OptimizerContract {
  @Override
  protected Optimizer<Object> create() {
    return new AdaptiveFlow<>(0.05, 1e-3, 1e-6, 1.0);
  }

  /**
   * One: the next time step comes from an error estimate that cancels O(h³) terms, which float32
   * resolves to about 1e-3 relative, so later steps differ in length (not in direction) across
   * precisions. {@link AdaptiveFlowTest} checks both precisions against the exact flow instead.
   */
  @Override
  protected int stepsThatAgreeAcrossPrecisions() {
    return 1;
  }

  @Override
  protected String name() {
    return "flow";
  }
}
