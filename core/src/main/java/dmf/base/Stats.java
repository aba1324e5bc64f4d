package dmf.base;

import java.util.Arrays;
import java.util.List;

/** Summary statistics of samples: median, mean and sample standard deviation. */
public final class Stats {
  private Stats() {}

  /**
   * @param v values (Input, not modified)
   * @return the median of v (NaN when empty)
   */
  public static double median(double[] v) {
    if (v.length == 0) {
      return Double.NaN;
    }
    double[] s = v.clone();
    Arrays.sort(s);
    return s.length % 2 == 1 ? s[s.length / 2] : 0.5 * (s[s.length / 2 - 1] + s[s.length / 2]);
  }

  /**
   * @param xs values
   * @return the median of xs (NaN when empty)
   */
  public static double median(List<Double> xs) {
    return median(xs.stream().mapToDouble(Double::doubleValue).toArray());
  }

  /**
   * @param v values (at least one)
   * @return {mean, sample standard deviation (0 for a single value)}
   */
  public static double[] meanStd(List<Double> v) {
    double s = 0;
    for (double d : v) {
      s += d;
    }
    double mean = s / v.size();
    double ss = 0;
    for (double d : v) {
      ss += (d - mean) * (d - mean);
    }
    return new double[] {mean, v.size() > 1 ? Math.sqrt(ss / (v.size() - 1)) : 0};
  }
}
