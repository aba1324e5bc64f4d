package dmf.deep;

import dmf.settings.Choice;
import java.util.Locale;

/** How much a training run measures at each logged iterate. */
public enum MetricsLevel implements Choice {
  /**
   * Everything: the end-to-end product W, its SVD, errors against W*, alignment with the gradient
   * and balancedness. Costs a dense product and SVD per logged iterate.
   */
  FULL,
  /** Only what the training loop already has: train loss, gradient norms, step size, time. */
  NONE;

  @Override
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
