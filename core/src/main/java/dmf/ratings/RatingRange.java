package dmf.ratings;

import dmf.base.UserInputException;
import dmf.io.data.RatingsTable;

/**
 * The range predictions are clipped to: declared by the user, or the smallest and largest rating of
 * the training part.
 *
 * @param min the smallest rating
 * @param max the largest rating
 */
public record RatingRange(double min, double max) {

  /** Checks that the range is finite and not empty. */
  public RatingRange {
    if (!Double.isFinite(min) || !Double.isFinite(max) || min > max) {
      throw new UserInputException("bad rating range [" + min + ", " + max + "]");
    }
  }

  /**
   * @param t ratings
   * @return [smallest, largest] rating
   */
  public static RatingRange of(RatingsTable t) {
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (float r : t.ratings()) {
      lo = Math.min(lo, r);
      hi = Math.max(hi, r);
    }
    return new RatingRange(lo, hi);
  }

  /**
   * @param v a prediction
   * @return v clipped to the range
   */
  public double clip(double v) {
    return v < min ? min : v > max ? max : v;
  }
}
