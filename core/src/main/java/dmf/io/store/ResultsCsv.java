package dmf.io.store;

import dmf.io.JsonMaps;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Formats results database rows as RFC 4180 CSV for pandas, R and spreadsheets. */
final class ResultsCsv {
  private static final List<String> FIXED = List.of("run_id", "sweep", "status", "created");

  private ResultsCsv() {}

  /** One row per run; settings and summary maps flattened to {@code settings.a.b} columns. */
  static String runs(List<RunRow> runs) {
    List<Map<String, String>> settings = new ArrayList<>();
    List<Map<String, String>> summaries = new ArrayList<>();
    Set<String> settingKeys = new LinkedHashSet<>();
    Set<String> summaryKeys = new LinkedHashSet<>();
    for (RunRow run : runs) {
      Map<String, String> s = flatten(run.settings());
      Map<String, String> m = flatten(run.summary());
      settings.add(s);
      summaries.add(m);
      settingKeys.addAll(s.keySet());
      summaryKeys.addAll(m.keySet());
    }
    List<String> header = new ArrayList<>(FIXED);
    settingKeys.forEach(k -> header.add("settings." + k));
    summaryKeys.forEach(k -> header.add("summary." + k));
    StringBuilder csv = new StringBuilder();
    appendRow(csv, header);
    for (int i = 0; i < runs.size(); i++) {
      RunRow run = runs.get(i);
      List<String> row = new ArrayList<>(header.size());
      row.add(run.runId());
      row.add(run.sweep());
      row.add(run.status());
      row.add(run.created());
      for (String k : settingKeys) {
        row.add(settings.get(i).getOrDefault(k, ""));
      }
      for (String k : summaryKeys) {
        row.add(summaries.get(i).getOrDefault(k, ""));
      }
      appendRow(csv, row);
    }
    return csv.toString();
  }

  /** Appends one CSV line, quoting cells that need it. */
  static void appendRow(StringBuilder csv, List<String> cells) {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        csv.append(',');
      }
      csv.append(quote(cells.get(i)));
    }
    csv.append('\n');
  }

  /** A double as CSV text: shortest round-trip form, {@code NaN}, {@code inf} or {@code -inf}. */
  static String number(double v) {
    if (Double.isNaN(v)) {
      return "NaN";
    }
    if (Double.isInfinite(v)) {
      return v > 0 ? "inf" : "-inf";
    }
    return Double.toString(v);
  }

  private static Map<String, String> flatten(Map<String, Object> map) {
    Map<String, String> out = new LinkedHashMap<>();
    flattenInto("", map, out);
    return out;
  }

  private static void flattenInto(String prefix, Map<?, ?> map, Map<String, String> out) {
    for (Map.Entry<?, ?> e : map.entrySet()) {
      String key = prefix + e.getKey();
      Object v = e.getValue();
      if (v instanceof Map<?, ?> nested && !nested.isEmpty()) {
        flattenInto(key + ".", nested, out);
      } else {
        out.put(key, cell(v));
      }
    }
  }

  private static String cell(Object v) {
    if (v == null) {
      return "";
    }
    if (v instanceof Double || v instanceof Float) {
      return number(((Number) v).doubleValue());
    }
    if (v instanceof Number || v instanceof Boolean || v instanceof CharSequence) {
      return v.toString();
    }
    return JsonMaps.writeValue(v);
  }

  private static String quote(String cell) {
    if (cell.indexOf(',') < 0
        && cell.indexOf('"') < 0
        && cell.indexOf('\n') < 0
        && cell.indexOf('\r') < 0) {
      return cell;
    }
    return '"' + cell.replace("\"", "\"\"") + '"';
  }
}
