package dmf.paper;

import java.util.Locale;

/** Number formats of reports: one scientific format for errors, short ones for the rest. */
public final class Fmt {
  private Fmt() {}

  /**
   * @param v a number
   * @return v as 1.23e-05
   */
  public static String sci(double v) {
    return String.format(Locale.ROOT, "%.2e", v);
  }

  /**
   * @param v a number
   * @return v with three significant digits
   */
  public static String num(double v) {
    return String.format(Locale.ROOT, "%.3g", v);
  }

  /**
   * @param v a fraction
   * @return v as a percentage, e.g. 3.23%
   */
  public static String pct(double v) {
    return String.format(Locale.ROOT, "%.2f%%", 100 * v);
  }

  /**
   * @param v a setting value (count, scale)
   * @return integers plainly, other values as 1e-3 or 3e-4
   */
  public static String setting(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e9) {
      return Long.toString((long) v);
    }
    String s = String.format(Locale.ROOT, "%.0e", v);
    if (Double.parseDouble(s) != v) {
      s = String.format(Locale.ROOT, "%.1e", v);
    }
    return s.replace("e-0", "e-").replace("e+0", "e").replace("e+", "e");
  }
}
