package dmf.deep;

import dmf.optim.Adam;
import dmf.optim.AdaptiveFlow;
import dmf.optim.GradientDescent;
import dmf.optim.GroupRmsProp;
import dmf.optim.Optimizer;

/** Builds the optimizer a {@link TrainingConfig} names. */
final class Optimizers {
  private Optimizers() {}

  static <B> Optimizer<B> create(TrainingConfig c) {
    switch (c.optimizer()) {
      case "gd":
        return new GradientDescent<>(c.lr());
      case "grouprmsprop":
        return new GroupRmsProp<>(c.lr(), c.alpha(), c.eps());
      case "adam":
        return new Adam<>(c.lr(), c.beta1(), c.beta2(), c.eps());
      case "flow":
      case "flow-stiff":
        return new AdaptiveFlow<>(
            c.lr(),
            c.flowRtol(),
            c.flowAtol(),
            c.flowMaxStep(),
            c.lossThreshold(),
            c.optimizer().equals("flow-stiff"));
      default:
        throw new IllegalStateException("unvalidated optimizer " + c.optimizer());
    }
  }
}
