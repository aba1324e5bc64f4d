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
  /** Adaptive gradient flow ({@link AdaptiveFlow}, Bogacki–Shampine). */
  FLOW,
  /**
   * Adaptive gradient flow for stiff flows ({@link AdaptiveFlow}: Dormand–Prince, and
   * Runge–Kutta–Chebyshev steps where the flow is stiff).
   */
  FLOW_STIFF;

  @Override
  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  @Override
  public List<String> aliases() {
    return switch (this) {
      case GD -> List.of("sgd");
      case FLOW_STIFF -> List.of("flow_stiff");
      default -> List.of();
    };
  }

  @Override
  public String toString() {
    return label();
  }
}
