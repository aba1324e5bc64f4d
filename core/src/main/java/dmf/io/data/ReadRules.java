package dmf.io.data;

import dmf.base.UserInputException;

/**
 * How strictly to read a ratings file.
 *
 * @param skipBadLines count and skip unreadable lines instead of failing at the first
 * @param ratingMin the smallest allowed rating, or NaN for no bound
 * @param ratingMax the largest allowed rating, or NaN for no bound
 */
public record ReadRules(boolean skipBadLines, double ratingMin, double ratingMax) {

  /** Strict, no declared range. */
  public static final ReadRules STRICT = new ReadRules(false, Double.NaN, Double.NaN);

  /** Checks that a declared range is a range. */
  public ReadRules {
    if (Double.isInfinite(ratingMin) || Double.isInfinite(ratingMax)) {
      throw new UserInputException("the rating range must be finite");
    }
    if (ratingMin > ratingMax) {
      throw new UserInputException(
          "the rating range is empty: min " + ratingMin + " > max " + ratingMax);
    }
  }

  /**
   * @param skip whether to skip bad lines
   * @return strict or lenient rules, no declared range
   */
  public static ReadRules of(boolean skip) {
    return new ReadRules(skip, Double.NaN, Double.NaN);
  }

  /**
   * @param v a rating
   * @return whether it is inside the declared range
   */
  public boolean inRange(double v) {
    return !(v < ratingMin) && !(v > ratingMax);
  }

  /**
   * @return "[1, 5]", "[1, ∞)" and the like
   */
  public String rangeText() {
    return (Double.isNaN(ratingMin) ? "(-∞" : "[" + fmt(ratingMin))
        + ", "
        + (Double.isNaN(ratingMax) ? "∞)" : fmt(ratingMax) + "]");
  }

  private static String fmt(double v) {
    return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
  }
}
