package dmf.deep;

import dmf.optim.Adam;
import dmf.optim.AdaptiveFlow;
import dmf.optim.GradientDescent;
import dmf.optim.GroupRmsProp;
import dmf.optim.Optimizer;
import dmf.optim.OptimizerKind;

/** Builds the optimizer a {@link TrainingConfig} names. */
final class Optimizers {
  private Optimizers() {}

  static <B> Optimizer<B> create(TrainingConfig c) {
    switch (c.optimizer()) {
      case GD:
        return new GradientDescent<>(c.lr());
      case GROUPRMSPROP:
        return new GroupRmsProp<>(c.lr(), c.alpha(), c.eps());
      case ADAM:
        return new Adam<>(c.lr(), c.beta1(), c.beta2(), c.eps());
      case FLOW:
      case FLOW_STIFF:
        return new AdaptiveFlow<>(
            c.lr(),
            c.flowRtol(),
            c.flowAtol(),
            c.flowMaxStep(),
            c.lossThreshold(),
            c.optimizer() == OptimizerKind.FLOW_STIFF);
      default:
        throw new IllegalStateException("unvalidated optimizer " + c.optimizer());
    }
  }
}
