package dmf.paper;

/**
 * A metric against a setting, averaged over repeats.
 *
 * @param label the curve's name
 * @param x the setting's values, ascending
 * @param mean the metric's mean at each x
 * @param std its standard deviation over repeats (0 for a single repeat)
 * @param count repeats at each x
 */
public record Curve(String label, double[] x, double[] mean, double[] std, int[] count) {

  /** Copies the arrays. */
  public Curve {
    x = x.clone();
    mean = mean.clone();
    std = std.clone();
    count = count.clone();
  }

  /**
   * @param xValue a setting value
   * @return the mean at it, or NaN
   */
  public double at(double xValue) {
    for (int i = 0; i < x.length; i++) {
      if (x[i] == xValue) {
        return mean[i];
      }
    }
    return Double.NaN;
  }

  @Override
  public double[] x() {
    return x.clone();
  }

  @Override
  public double[] mean() {
    return mean.clone();
  }

  @Override
  public double[] std() {
    return std.clone();
  }
}
