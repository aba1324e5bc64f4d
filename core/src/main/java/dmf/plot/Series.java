package dmf.plot;

import java.util.Arrays;

/**
 * One curve: points (x, y) with optional symmetric error bars (e.g. ± one standard deviation over
 * repeats). Non-finite points are skipped when drawn, and so are non-positive ones on a log axis.
 *
 * @param label legend text
 * @param x abscissae
 * @param y ordinates
 * @param yErr error-bar half-heights, or null
 * @param style null (lines and markers), "line" (no markers), "scatter" (markers only) or "dashed"
 *     (a dashed reference line)
 */
public record Series(String label, double[] x, double[] y, double[] yErr, String style) {

  /** Validates lengths and copies the arrays. */
  public Series {
    if (x.length != y.length || (yErr != null && yErr.length != y.length)) {
      throw new IllegalArgumentException("series '" + label + "': lengths differ");
    }
    x = x.clone();
    y = y.clone();
    yErr = yErr == null ? null : yErr.clone();
  }

  /**
   * @return a plain line-and-marker series
   */
  public static Series of(String label, double[] x, double[] y) {
    return new Series(label, x, y, null, null);
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
  public double[] yErr() {
    return yErr == null ? null : yErr.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Series
        && ((Series) o).label.equals(label)
        && Arrays.equals(((Series) o).x, x)
        && Arrays.equals(((Series) o).y, y);
  }

  @Override
  public int hashCode() {
    return label.hashCode() * 31 + Arrays.hashCode(y);
  }
}
