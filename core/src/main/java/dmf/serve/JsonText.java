package dmf.serve;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** JSON text for the dashboard's answers: plain values, with non-finite numbers as null. */
final class JsonText {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private JsonText() {}

  /**
   * @param value maps, lists, strings, numbers, booleans, null
   * @return compact JSON
   */
  static String of(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("cannot write JSON: " + e.getOriginalMessage(), e);
    }
  }

  /**
   * Appends a number for a chart: integers in full, other numbers to float precision (about seven
   * significant digits, which halves the text of a long series; metrics.csv keeps every digit),
   * numbers beyond the float range in full; NaN and infinities become {@code null} (JSON has no
   * such numbers).
   *
   * @param sb the text
   * @param v the number
   */
  static void number(StringBuilder sb, double v) {
    double a = Math.abs(v);
    if (!Double.isFinite(v)) {
      sb.append("null");
    } else if (v == Math.rint(v) && a < 1e15) {
      sb.append((long) v);
    } else if (a >= Float.MIN_NORMAL && a <= Float.MAX_VALUE) {
      sb.append((float) v);
    } else {
      sb.append(v);
    }
  }

  /**
   * Appends a quoted string.
   *
   * @param sb the text
   * @param s the string
   */
  static void string(StringBuilder sb, String s) {
    sb.append(of(s));
  }
}
