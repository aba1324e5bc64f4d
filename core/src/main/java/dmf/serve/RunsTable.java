package dmf.serve;

import dmf.base.UserInputException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The runs table of a collection: which columns exist, which are shown (by default the settings
 * that differ between runs and the main results), the filter, and the sort order.
 *
 * @param available every column: run, status, each setting, each scalar summary value
 * @param shown the columns shown, in order
 * @param rows the runs that pass the filter, sorted
 * @param total how many runs there are before filtering
 */
record RunsTable(List<String> available, List<String> shown, List<RunEntry> rows, int total) {

  /** Summary values shown by default when the runs have them. */
  static final List<String> RESULTS =
      List.of(
          "test_error",
          "train_loss",
          "effective_rank",
          "nuclear_norm",
          "iterations",
          "stop_reason",
          "seconds");

  /** Settings that identify rather than describe a run; not shown by default. */
  private static final Set<String> BOOKKEEPING = Set.of("sweep", "seed", "problem_seed", "run_id");

  /**
   * @param runs the runs of a collection
   * @param filter a {@link RunFilter} expression (blank for all)
   * @param sort the column to sort by (blank: the collection's order)
   * @param descending sort from the largest
   * @param columns the columns to show (empty: the default choice)
   * @return the table
   * @throws UserInputException for a bad filter or a column no run has
   */
  static RunsTable of(
      List<RunEntry> runs, String filter, String sort, boolean descending, List<String> columns) {
    List<String> available = available(runs);
    RunFilter.Parsed f = RunFilter.parse(filter);
    for (String name : f.names()) {
      known(available, name, "filter");
    }
    List<String> shown = columns.isEmpty() ? defaults(runs, available) : new ArrayList<>();
    for (String c : columns) {
      shown.add(known(available, c, "column"));
    }
    List<RunEntry> rows = new ArrayList<>();
    for (RunEntry r : runs) {
      if (f.test().test(r)) {
        rows.add(r);
      }
    }
    if (sort != null && !sort.isBlank()) {
      known(available, sort, "sort");
      Comparator<RunEntry> by =
          Comparator.comparing(r -> r.value(sort), (a, b) -> compare(a, b, descending));
      rows.sort(by);
    }
    return new RunsTable(available, shown, rows, runs.size());
  }

  private static String known(List<String> available, String name, String where) {
    if (available.contains(name) || name.startsWith("settings.") || name.startsWith("summary.")) {
      return name;
    }
    throw new UserInputException(
        where + ": unknown column '" + name + "' (known: " + String.join(", ", available) + ")");
  }

  private static List<String> available(List<RunEntry> runs) {
    Set<String> out = new LinkedHashSet<>(List.of("run", "status"));
    for (RunEntry r : runs) {
      out.addAll(r.settings().keySet());
    }
    for (RunEntry r : runs) {
      for (Map.Entry<String, Object> e : r.summary().entrySet()) {
        if (!(e.getValue() instanceof List) && !(e.getValue() instanceof Map)) {
          out.add(e.getKey());
        }
      }
    }
    return List.copyOf(out);
  }

  /** The settings that differ between runs, then the main results the runs have. */
  private static List<String> defaults(List<RunEntry> runs, List<String> available) {
    List<String> out = new ArrayList<>(List.of("status"));
    Set<String> settings = new LinkedHashSet<>();
    runs.forEach(r -> settings.addAll(r.settings().keySet()));
    for (String k : settings) {
      if (BOOKKEEPING.contains(k)) {
        continue;
      }
      Set<String> values = new LinkedHashSet<>();
      for (RunEntry r : runs) {
        values.add(String.valueOf(r.settings().get(k)));
      }
      if (values.size() > 1) {
        out.add(k);
      }
    }
    for (String k : RESULTS) {
      if (available.contains(k) && !out.contains(k)) {
        out.add(k);
      }
    }
    return out;
  }

  /**
   * Missing values last (in either direction); numbers before text, numbers by value, text
   * alphabetically; all reversed when descending.
   */
  static int compare(Object a, Object b, boolean descending) {
    boolean na = a == null || "".equals(a);
    boolean nb = b == null || "".equals(b);
    if (na || nb) {
      return Boolean.compare(na, nb);
    }
    int c = compare(a, b);
    return descending ? -c : c;
  }

  private static int compare(Object a, Object b) {
    double x = RunFilter.asNumber(a);
    double y = RunFilter.asNumber(b);
    boolean xn = !Double.isNaN(x);
    boolean yn = !Double.isNaN(y);
    if (xn && yn) {
      return Double.compare(x, y);
    }
    if (xn != yn) {
      return xn ? -1 : 1;
    }
    return String.valueOf(a).compareToIgnoreCase(String.valueOf(b));
  }
}
