package dmf.serve;

import dmf.base.Durations;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** HTML text: escaping, links with query strings, number formats and the page layout. */
final class Html {
  private Html() {}

  /**
   * @param value any value; null is empty
   * @return the text with {@code & < > " '} escaped, safe in element content and quoted attributes
   */
  static String esc(Object value) {
    String s = value == null ? "" : String.valueOf(value);
    StringBuilder sb = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&#39;");
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }

  /**
   * @param path a path of this server, e.g. {@code /run}
   * @param params name, value, name, value, … (null values are left out)
   * @return the path with an encoded query string, HTML-escaped for an attribute
   */
  static String href(String path, Object... params) {
    StringBuilder sb = new StringBuilder(path);
    char sep = '?';
    for (int i = 0; i + 1 < params.length; i += 2) {
      if (params[i + 1] == null) {
        continue;
      }
      sb.append(sep).append(enc(params[i])).append('=').append(enc(params[i + 1]));
      sep = '&';
    }
    return esc(sb);
  }

  /**
   * @param id a served id
   * @return the URL of that file under {@code /files/}
   */
  static String fileUrl(String id) {
    StringBuilder sb = new StringBuilder("/files");
    for (String part : id.split("/")) {
      sb.append('/').append(enc(part).replace("+", "%20"));
    }
    return sb.toString();
  }

  /**
   * @param id a served id
   * @return {@link #fileUrl}, escaped for an attribute
   */
  static String fileHref(String id) {
    return esc(fileUrl(id));
  }

  private static String enc(Object s) {
    return URLEncoder.encode(String.valueOf(s), StandardCharsets.UTF_8);
  }

  /**
   * @param v a value of a table cell
   * @return integers in full, other numbers with four significant digits, the rest as text
   */
  static String cell(Object v) {
    if (v instanceof Long || v instanceof Integer || v instanceof Short) {
      return v.toString();
    }
    if (v instanceof Number n) {
      double d = n.doubleValue();
      if (d == Math.rint(d) && Math.abs(d) < 1e15) {
        return Long.toString((long) d);
      }
      return Double.isFinite(d) ? fourDigits(d) : String.valueOf(d);
    }
    if (v instanceof List<?> l) {
      StringBuilder sb = new StringBuilder("[");
      for (Object o : l) {
        sb.append(sb.length() > 1 ? ", " : "").append(cell(o));
      }
      return sb.append(']').toString();
    }
    return v == null ? "" : String.valueOf(v);
  }

  /**
   * What {@code String.format("%.4g", d)} gives, several times faster (a runs table formats
   * thousands of numbers).
   *
   * @param d a finite number
   * @return four significant digits: plain for magnitudes in [1e-4, 1e4), else {@code d.ddde±XX}
   */
  static String fourDigits(double d) {
    BigDecimal b = new BigDecimal(Double.toString(d)).round(new MathContext(4));
    int exp = b.precision() - b.scale() - 1;
    if (b.signum() == 0) {
      return "0.000";
    }
    if (exp >= -4 && exp < 4) {
      return b.setScale(3 - exp, RoundingMode.UNNECESSARY).toPlainString();
    }
    String mantissa = b.movePointLeft(exp).setScale(3, RoundingMode.UNNECESSARY).toPlainString();
    int e = Math.abs(exp);
    return mantissa + (exp < 0 ? "e-" : "e+") + (e < 10 ? "0" : "") + e;
  }

  /**
   * @param seconds a duration
   * @return e.g. {@code 2m17s}, {@code 1h04m}; a dash for NaN
   */
  static String duration(double seconds) {
    return Durations.clock(seconds, "–");
  }

  /**
   * A page heading with a tag after it.
   *
   * @param text the heading
   * @param tag the tag's text
   * @param tagClass extra CSS class of the tag (e.g. {@code s-running}), or empty
   * @return an {@code h1} element
   */
  static String heading(String text, String tag, String tagClass) {
    return "<h1>"
        + esc(text)
        + " <span class=\"tag"
        + (tagClass.isEmpty() ? "" : " " + esc(tagClass))
        + "\">"
        + esc(tag)
        + "</span></h1>";
  }

  /**
   * A table of keys and values.
   *
   * @param m the map
   * @return an HTML table, or a note when it is empty
   */
  static String keyValues(Map<String, Object> m) {
    if (m.isEmpty()) {
      return "<p class=\"muted\">none yet</p>";
    }
    StringBuilder sb = new StringBuilder("<table class=\"kv\"><tbody>");
    m.forEach(
        (k, v) ->
            sb.append("<tr><th>")
                .append(esc(k))
                .append("</th><td>")
                .append(esc(cell(v)))
                .append("</td></tr>"));
    return sb.append("</tbody></table>").toString();
  }

  /**
   * The page around a body.
   *
   * @param title the page title
   * @param body the content of {@code <main>}
   * @param scripts page scripts under /assets/ to load after the common ones
   * @return the whole document
   */
  static String page(String title, String body, String... scripts) {
    StringBuilder sb = new StringBuilder(body.length() + 1024);
    sb.append("<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        .append("<title>")
        .append(esc(title))
        .append(" · dmf</title>")
        .append("<link rel=\"stylesheet\" href=\"/assets/uPlot.min.css\">")
        .append("<link rel=\"stylesheet\" href=\"/assets/dash.css\"></head><body>")
        .append("<header><a class=\"brand\" href=\"/\">dmf</a><nav>")
        .append("<a href=\"/\">Results</a><a href=\"/playground\">Playground</a></nav>")
        .append("<span id=\"live\" class=\"live\" title=\"live updates\"></span></header>")
        .append("<main>")
        .append(body)
        .append("</main>")
        .append("<script src=\"/assets/uPlot.iife.min.js\"></script>")
        .append("<script src=\"/assets/dash.js\"></script>");
    for (String s : scripts) {
      sb.append("<script src=\"/assets/").append(esc(s)).append("\"></script>");
    }
    return sb.append("</body></html>\n").toString();
  }
}
