package dmf.optim;

class GroupRmsPropContractTest extends OptimizerContract {
  @Override
  protected Optimizer<Object> create() {
    return new GroupRmsProp<>(0.01, 0.99, 1e-4);
  }

  @Override
  protected String name() {
    return "grouprmsprop";
  }
}
