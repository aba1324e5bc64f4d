package dmf.plot;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.function.Function;

/**
 * How one axis maps data to drawing coordinates, and its tick labels. A log axis is drawn as log10
 * of the data on a linear axis (so the dense minor grid of a logarithmic axis never appears),
 * labelled 10ⁿ at every, every second or every fifth decade as the span asks. Below an optional
 * floor, values are drawn at the floor. A linear axis is labelled in plain numbers; from 10⁴ on in
 * units of 10³ⁿ, which the axis title states.
 *
 * @param log drawn as log10 of the data
 * @param min drawn coordinate of the lower end
 * @param max drawn coordinate of the upper end
 * @param unit linear axes: the unit of the tick labels (1, 1e3, 1e6, …)
 * @param floor values below it are drawn at it; 0 for none
 */
record AxisScale(boolean log, double min, double max, double unit, double floor) {
  private static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

  /**
   * @param log a log axis
   * @param pad log axes: widen both ends by a quarter decade (so end points and their labels are
   *     not cut), instead of ending at whole decades
   * @param values the data values on the axis (non-finite and, on a log axis, non-positive ones are
   *     ignored)
   * @param floor values below it are drawn at it (log axes); NaN for none
   * @return the scale
   */
  static AxisScale of(boolean log, boolean pad, double[] values, double floor) {
    double f = Double.isNaN(floor) ? 0 : floor;
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    boolean atFloor = false;
    for (double v : values) {
      if (!Double.isFinite(v) || (log && v <= 0)) {
        continue;
      }
      if (log && v < f) {
        atFloor = true;
        v = f;
      }
      lo = Math.min(lo, v);
      hi = Math.max(hi, v);
    }
    if (lo > hi) {
      lo = log ? 0.1 : 0;
      hi = 1;
    }
    if (log) {
      // Ends are whole decades; a value within 1% of a decade above it does not open a new one.
      double a = atFloor ? Math.log10(f) - 0.6 : Math.floor(Math.log10(lo) + 0.005);
      double b = Math.ceil(Math.log10(hi) - 0.005);
      double pa = Math.log10(lo) - 0.25;
      double pb = Math.log10(hi) + 0.25;
      if (pad && Math.floor(pb) >= Math.ceil(pa)) {
        return new AxisScale(true, pa, pb, 1, f);
      }
      return new AxisScale(true, a, Math.max(b, Math.floor(a) + 1), 1, f);
    }
    double margin = hi > lo ? 0.05 * (hi - lo) : Math.max(1, Math.abs(hi)) * 0.5;
    double a = lo - margin;
    if (lo >= 0 && a < 0) {
      a = 0;
    }
    double maxAbs = Math.max(Math.abs(lo), Math.abs(hi));
    double unit = maxAbs >= 1e4 ? Math.pow(1000, Math.floor(Math.log10(maxAbs) / 3)) : 1;
    return new AxisScale(false, a, hi + margin, unit, 0);
  }

  /**
   * @param v a data value
   * @return its drawn coordinate, or NaN when it cannot be drawn
   */
  double map(double v) {
    if (!Double.isFinite(v)) {
      return Double.NaN;
    }
    if (!log) {
      return v;
    }
    if (v <= 0 && floor <= 0) {
      return Double.NaN;
    }
    return Math.log10(Math.max(v, floor));
  }

  /**
   * @param v a data value
   * @return whether it is drawn at the floor
   */
  boolean atFloor(double v) {
    return log && floor > 0 && Double.isFinite(v) && v < floor;
  }

  /**
   * @return whether some value lies below the floor (and is drawn at it)
   */
  boolean clipped() {
    return log && floor > 0 && min < Math.log10(floor) - 1e-9;
  }

  /**
   * @return the decades between labels on a log axis: 1 up to 6 decades, 2 up to 12, else 5
   */
  int labelStep() {
    double d = max - min;
    return d <= 6 ? 1 : d <= 12 ? 2 : 5;
  }

  /**
   * @param base the axis title
   * @return the title, with the unit of the tick labels when it is not 1
   */
  String title(String base) {
    return unit == 1 ? base : base + " (×10" + superscript(Math.round(Math.log10(unit))) + ")";
  }

  /**
   * @return the step between labels on a linear axis, in label units: the smallest of 1, 2 and 5
   *     times a power of ten that makes at most six steps
   */
  double linearStep() {
    double span = (max - min) / unit;
    double p = Math.pow(10, Math.floor(Math.log10(span / 6)));
    for (double f : new double[] {1, 2, 5, 10}) {
      if (span / (f * p) <= 6 + 1e-9) {
        return f * p;
      }
    }
    return 10 * p;
  }

  /**
   * XChart asks for labels at positions it chooses. Only positions on the axis's own grid get a
   * label (whole decades on a log axis, multiples of {@link #linearStep} on a linear one); other
   * positions get the same blank label (XChart cannot draw an empty one), which XChart rejects as a
   * duplicate and so widens its tick step until it matches. An upper end off the grid gets a blank
   * label of its own, or XChart would take the equal labels of the two ends for a format that chops
   * decimals.
   *
   * @return the tick-label function for XChart
   */
  Function<Double, String> labels() {
    double step = log ? 1 : linearStep();
    return v -> {
      double k = (log ? v : v / unit) / step;
      boolean onGrid = Math.abs(k - Math.rint(k)) < 1e-6;
      if (!onGrid) {
        return v == max ? "  " : " ";
      }
      return log ? "10" + superscript(Math.round(v)) : plain(Math.rint(k) * step);
    };
  }

  /**
   * @param v a number
   * @return it in plain notation with at most four significant digits
   */
  static String plain(double v) {
    if (v == 0 || Math.abs(v) < 1e-12) {
      return "0";
    }
    return new BigDecimal(v).round(new MathContext(4)).stripTrailingZeros().toPlainString();
  }

  /**
   * @param k an exponent
   * @return it in superscript digits, with a superscript minus
   */
  static String superscript(long k) {
    StringBuilder sb = new StringBuilder(k < 0 ? "⁻" : "");
    for (char c : Long.toString(Math.abs(k)).toCharArray()) {
      sb.append(SUPERSCRIPTS.charAt(c - '0'));
    }
    return sb.toString();
  }

  /**
   * @param v a value ≥ 0
   * @return it as 10ⁿ when it is a power of ten, else as m×10ⁿ (one scientific format)
   */
  static String scientific(double v) {
    long k = (long) Math.floor(Math.log10(v) + 1e-9);
    double m = v / Math.pow(10, k);
    String mant = plain(m);
    return (mant.equals("1") ? "" : mant + "×") + "10" + superscript(k);
  }
}
