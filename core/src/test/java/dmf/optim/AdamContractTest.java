package dmf.optim;

class AdamContractTest extends OptimizerContract {
  @Override
  protected Optimizer<Object> create() {
    return new Adam<>(0.01, 0.9, 0.999, 1e-8);
  }

  @Override
  protected String name() {
    return "adam";
  }
}
