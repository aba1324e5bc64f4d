package dmf.ratings;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Rows of values as CSV text (header from the keys of all rows, in order of appearance). */
final class Csv {
  private Csv() {}

  /**
   * @param rows the rows
   * @return the CSV text, header first
   */
  static String of(List<Map<String, Object>> rows) {
    Set<String> keys = new LinkedHashSet<>();
    rows.forEach(r -> keys.addAll(r.keySet()));
    StringBuilder sb = new StringBuilder(String.join(",", keys)).append('\n');
    for (Map<String, Object> r : rows) {
      boolean first = true;
      for (String k : keys) {
        if (!first) {
          sb.append(',');
        }
        first = false;
        sb.append(cell(r.get(k)));
      }
      sb.append('\n');
    }
    return sb.toString();
  }

  /**
   * @param v a value
   * @return its CSV cell (numbers in full precision, text quoted when needed)
   */
  static String cell(Object v) {
    if (v == null) {
      return "";
    }
    if (v instanceof Double d) {
      return Double.isNaN(d) ? "" : String.format(Locale.ROOT, "%.10g", d).trim();
    }
    String s = v.toString();
    return s.contains(",") || s.contains("\"") || s.contains("\n")
        ? "\"" + s.replace("\"", "\"\"") + "\""
        : s;
  }
}
