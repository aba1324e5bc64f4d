package dmf.plot;

import java.util.Arrays;

/**
 * One curve: points (x, y), optionally with a spread at each point (for example the minimum and
 * maximum, or the quartiles, over repeats) and the number of values behind each point. Non-finite
 * points are skipped when drawn, and so are non-positive ones on a log axis.
 *
 * @param label legend text
 * @param x abscissae
 * @param y ordinates (for repeats: the median)
 * @param lower lower end of the spread at each point, or null
 * @param upper upper end of the spread at each point, or null
 * @param count values behind each point (repeats), or null when not counted; a spread is drawn
 *     where a count exceeds one, or always when there are no counts
 * @param style how the curve is drawn
 */
public record Series(
    String label,
    double[] x,
    double[] y,
    double[] lower,
    double[] upper,
    int[] count,
    Series.Style style) {

  /** How a curve is drawn. */
  public enum Style {
    /** Lines through markers. */
    LINE_MARKERS,
    /** A line without markers (dense curves). */
    LINE,
    /** Markers only. */
    SCATTER,
    /** A dashed line without markers (ground truth, reference solutions). */
    REFERENCE,
    /** Bars of equal width centred on the x values, from zero (a histogram). */
    BARS
  }

  /** Validates lengths and copies the arrays. */
  public Series {
    int n = x.length;
    if (y.length != n
        || (lower == null) != (upper == null)
        || (lower != null && (lower.length != n || upper.length != n))
        || (count != null && count.length != n)) {
      throw new IllegalArgumentException("series '" + label + "': lengths differ");
    }
    x = x.clone();
    y = y.clone();
    lower = lower == null ? null : lower.clone();
    upper = upper == null ? null : upper.clone();
    count = count == null ? null : count.clone();
    style = style == null ? Style.LINE_MARKERS : style;
  }

  /**
   * @param label legend text
   * @param x abscissae (input, not modified)
   * @param y ordinates (input, not modified)
   * @return lines through markers, without spread
   */
  public static Series of(String label, double[] x, double[] y) {
    return new Series(label, x, y, null, null, null, Style.LINE_MARKERS);
  }

  /**
   * @param s the style
   * @return this curve drawn in another style
   */
  public Series withStyle(Style s) {
    return new Series(label, x, y, lower, upper, count, s);
  }

  /**
   * @param lo lower ends (input, not modified)
   * @param hi upper ends (input, not modified)
   * @param n values behind each point, or null
   * @return this curve with a spread
   */
  public Series withSpread(double[] lo, double[] hi, int[] n) {
    return new Series(label, x, y, lo, hi, n, style);
  }

  /**
   * @return whether a spread is given
   */
  public boolean hasSpread() {
    return lower != null;
  }

  /**
   * @return the largest count over the points (1 when none is given)
   */
  public int maxCount() {
    return count == null ? 1 : Arrays.stream(count).max().orElse(1);
  }

  /**
   * @return the smallest count over the points (1 when none is given)
   */
  public int minCount() {
    return count == null ? 1 : Arrays.stream(count).min().orElse(1);
  }

  /**
   * @param xValue an abscissa
   * @return the index of that abscissa, or -1
   */
  public int indexOf(double xValue) {
    for (int i = 0; i < x.length; i++) {
      if (x[i] == xValue) {
        return i;
      }
    }
    return -1;
  }

  @Override
  public double[] x() {
    return x.clone();
  }

  @Override
  public double[] y() {
    return y.clone();
  }

  @Override
  public double[] lower() {
    return lower == null ? null : lower.clone();
  }

  @Override
  public double[] upper() {
    return upper == null ? null : upper.clone();
  }

  @Override
  public int[] count() {
    return count == null ? null : count.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Series s
        && s.label.equals(label)
        && s.style == style
        && Arrays.equals(s.x, x)
        && Arrays.equals(s.y, y)
        && Arrays.equals(s.lower, lower)
        && Arrays.equals(s.upper, upper)
        && Arrays.equals(s.count, count);
  }

  @Override
  public int hashCode() {
    return (label.hashCode() * 31 + Arrays.hashCode(x)) * 31 + Arrays.hashCode(y);
  }

  @Override
  public String toString() {
    return "Series[" + label + ", " + x.length + " points, " + style + "]";
  }
}
