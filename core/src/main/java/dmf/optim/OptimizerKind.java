package dmf.optim;

import dmf.settings.Choice;
import java.util.List;
import java.util.Locale;

/** The update rules a training run can name. */
public enum OptimizerKind implements Choice {
  /** Plain full-batch gradient descent ({@link GradientDescent}); "sgd" is accepted too. */
  GD,
  /** GroupRMSprop of the official code ({@link GroupRmsProp}); the default. */
  GROUPRMSPROP,
  /** Adam ({@link Adam}). */
  ADAM,
  /** Adaptive gradient flow ({@link AdaptiveFlow}). */
  FLOW;

  @Override
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  @Override
  public List<String> aliases() {
    return this == GD ? List.of("sgd") : List.of();
  }

  @Override
  public String toString() {
    return label();
  }
}
