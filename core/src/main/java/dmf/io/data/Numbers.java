package dmf.io.data;

import java.nio.charset.StandardCharsets;

/**
 * ASCII numbers parsed straight from the bytes of a line, with no String per field. Results are
 * exactly those of {@link Double#parseDouble} and {@link Long#parseLong}: the fast path handles
 * plain decimals whose value is exact in its parts, anything else goes through the JDK.
 */
final class Numbers {
  /** Returned by {@link #integer} for text that is not an integer. */
  static final long NOT_INTEGER = Long.MIN_VALUE;

  private static final double[] POW10 = new double[23];

  static {
    POW10[0] = 1;
    for (int k = 1; k < POW10.length; k++) {
      POW10[k] = POW10[k - 1] * 10;
    }
  }

  private Numbers() {}

  /**
   * @return the value of a canonical non-negative integer of at most 18 digits (no sign, no leading
   *     zero unless it is "0"), else −1
   */
  static long canonicalInteger(byte[] b, int from, int to) {
    int n = to - from;
    if (n <= 0 || n > 18 || (b[from] == '0' && n > 1)) {
      return -1;
    }
    long v = 0;
    for (int k = from; k < to; k++) {
      int d = b[k] - '0';
      if (d < 0 || d > 9) {
        return -1;
      }
      v = v * 10 + d;
    }
    return v;
  }

  /**
   * @return the decimal number the bytes spell (sign, digits, point, exponent, as Java reads it),
   *     or NaN when they are not a finite number
   */
  static double decimal(byte[] b, int from, int to) {
    int k = from;
    boolean neg = false;
    if (k < to && (b[k] == '-' || b[k] == '+')) {
      neg = b[k] == '-';
      k++;
    }
    long mant = 0;
    int significant = 0;
    int scale = 0;
    int digits = 0;
    boolean point = false;
    for (; k < to; k++) {
      int c = b[k];
      if (c >= '0' && c <= '9') {
        if (significant >= 18) {
          return slow(b, from, to);
        }
        digits++;
        mant = mant * 10 + (c - '0');
        significant += mant != 0 ? 1 : 0;
        scale += point ? 1 : 0;
      } else if (c == '.' && !point) {
        point = true;
      } else {
        return slow(b, from, to);
      }
    }
    if (digits == 0) {
      return Double.NaN;
    }
    if (scale >= POW10.length || mant >= 1L << 53) {
      return slow(b, from, to);
    }
    // Both parts are exact doubles, so the one division rounds correctly, as parseDouble does.
    double v = mant / POW10[scale];
    return neg ? -v : v;
  }

  /** The JDK's parser on text of digits, sign, point and exponent only (no "NaN", "1d", hex). */
  private static double slow(byte[] b, int from, int to) {
    boolean digit = false;
    for (int k = from; k < to; k++) {
      int c = b[k];
      digit |= c >= '0' && c <= '9';
      if (!(c >= '0' && c <= '9' || c == '.' || c == '-' || c == '+' || c == 'e' || c == 'E')) {
        return Double.NaN;
      }
    }
    if (!digit) {
      return Double.NaN;
    }
    try {
      double v = Double.parseDouble(new String(b, from, to - from, StandardCharsets.ISO_8859_1));
      return Double.isFinite(v) ? v : Double.NaN;
    } catch (NumberFormatException ex) {
      return Double.NaN;
    }
  }

  /**
   * @return the integer the bytes spell (optional sign), or a decimal number rounded down (e.g. a
   *     timestamp written as 9.78e8), else {@link #NOT_INTEGER}
   */
  static long integer(byte[] b, int from, int to) {
    int k = from;
    boolean neg = k < to && b[k] == '-';
    if (k < to && (b[k] == '-' || b[k] == '+')) {
      k++;
    }
    if (k == to || to - k > 18) {
      return floorOf(decimal(b, from, to));
    }
    long v = 0;
    for (; k < to; k++) {
      int d = b[k] - '0';
      if (d < 0 || d > 9) {
        return floorOf(decimal(b, from, to));
      }
      v = v * 10 + d;
    }
    return neg ? -v : v;
  }

  private static long floorOf(double v) {
    return Double.isNaN(v) || Math.abs(v) >= 9e18 ? NOT_INTEGER : (long) Math.floor(v);
  }
}
