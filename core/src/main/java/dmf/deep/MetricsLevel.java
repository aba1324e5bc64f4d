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
  /**
   * The same measurements from the factors, W never formed: singular values through thin QRs of the
   * outer factors and an SVD of the small core, errors against a low-rank or dense W* column by
   * column, the error on held-out entries; no alignment. Costs O((rows + cols)·d²).
   */
  FACTORED,
  /** Only what the training loop already has: train loss, gradient norms, step size, time. */
  NONE,
  /** {@link #FULL} when W has at most {@link #AUTO_FULL_LIMIT} entries, else {@link #FACTORED}. */
  AUTO;

  /** The largest W (rows·cols) that {@link #AUTO} measures in full. */
  public static final long AUTO_FULL_LIMIT = 1L << 22;

  /**
   * @param rows rows of W
   * @param cols columns of W
   * @return the level that applies to a rows×cols W: {@link #AUTO} resolved, others unchanged
   */
  public MetricsLevel resolve(int rows, int cols) {
    if (this != AUTO) {
      return this;
    }
    return (long) rows * cols <= AUTO_FULL_LIMIT ? FULL : FACTORED;
  }

  /**
   * @param rows rows of W
   * @param cols columns of W
   * @return whether a run at this level hands back W formed: always at full, never at factored, and
   *     at none or auto when W has at most {@link #AUTO_FULL_LIMIT} entries
   */
  public boolean formsProduct(int rows, int cols) {
    return switch (this) {
      case FULL -> true;
      case FACTORED -> false;
      default -> (long) rows * cols <= AUTO_FULL_LIMIT;
    };
  }

  @Override
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
