package dmf.paper;

import java.util.Arrays;
import java.util.function.DoubleFunction;

/**
 * The values of one metric over the runs of one cell (its repeats), summarized by the median with
 * the spread (minimum and maximum) beside it. Verdicts compare medians, so one lucky seed among
 * three does not decide them.
 *
 * @param label what the values are, e.g. "depth 3 at 2000 observations"
 * @param values the finite values, ascending
 * @param missing runs of the cell without a finite value (failed, diverged or not measured)
 */
public record Sample(String label, double[] values, int missing) {

  /** Sorts a copy of the values. */
  public Sample {
    values = values.clone();
    Arrays.sort(values);
  }

  /**
   * @param label what the values are
   * @param values the values; non-finite ones count as missing
   * @return the sample
   */
  public static Sample of(String label, double... values) {
    double[] finite = Arrays.stream(values).filter(Double::isFinite).toArray();
    return new Sample(label, finite, values.length - finite.length);
  }

  @Override
  public double[] values() {
    return values.clone();
  }

  /**
   * @return the number of finite values
   */
  public int n() {
    return values.length;
  }

  /**
   * @return whether there is no finite value
   */
  public boolean isEmpty() {
    return values.length == 0;
  }

  /**
   * @return the median, or NaN when empty
   */
  public double median() {
    int n = values.length;
    if (n == 0) {
      return Double.NaN;
    }
    return n % 2 == 1 ? values[n / 2] : 0.5 * (values[n / 2 - 1] + values[n / 2]);
  }

  /**
   * @return the smallest value, or NaN
   */
  public double min() {
    return values.length == 0 ? Double.NaN : values[0];
  }

  /**
   * @return the largest value, or NaN
   */
  public double max() {
    return values.length == 0 ? Double.NaN : values[values.length - 1];
  }

  /**
   * @param fmt number format
   * @return "median (min–max over n repeats)", "value (single seed)" or "no value", with missing
   *     runs counted
   */
  public String describe(DoubleFunction<String> fmt) {
    String miss =
        missing == 0
            ? ""
            : ", " + missing + " run" + (missing == 1 ? "" : "s") + " without a value";
    if (values.length == 0) {
      return "no value" + (missing == 0 ? "" : " (" + miss.substring(2) + ")");
    }
    if (values.length == 1) {
      return fmt.apply(values[0]) + " (single seed" + miss + ")";
    }
    return fmt.apply(median())
        + " (median of "
        + values.length
        + ", range "
        + fmt.apply(min())
        + "–"
        + fmt.apply(max())
        + miss
        + ")";
  }
}
