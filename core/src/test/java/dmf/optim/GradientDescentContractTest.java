package dmf.optim;

class GradientDescentContractTest extends OptimizerContract {
  @Override
  protected Optimizer<Object> create() {
    return new GradientDescent<>(0.05);
  }

  @Override
  protected String name() {
    return "gd";
  }
}
