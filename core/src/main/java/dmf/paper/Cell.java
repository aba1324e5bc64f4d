package dmf.paper;

import dmf.io.store.RunRow;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A point of a sweep named by its settings, e.g. solver dmf, depth 3, 2000 observations: the runs
 * whose settings have these values, whatever order they are stored or finished in. Numbers match
 * numbers of equal value (an integer setting read back as a long or a double still matches).
 *
 * @param settings key → value the runs must have
 */
public record Cell(Map<String, Object> settings) {

  /** Copies the map, keeping its order. */
  public Cell {
    settings = Collections.unmodifiableMap(new LinkedHashMap<>(settings));
  }

  /**
   * @param keyValues alternating keys and values
   * @return the cell
   */
  public static Cell of(Object... keyValues) {
    if (keyValues.length % 2 != 0) {
      throw new IllegalArgumentException("keys and values must alternate");
    }
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      m.put((String) keyValues[i], keyValues[i + 1]);
    }
    return new Cell(m);
  }

  /**
   * @param key a setting
   * @param value its value
   * @return this cell narrowed to that value
   */
  public Cell and(String key, Object value) {
    Map<String, Object> m = new LinkedHashMap<>(settings);
    m.put(key, value);
    return new Cell(m);
  }

  /**
   * @param run a stored run
   * @return whether every setting of the cell has its value in the run
   */
  public boolean matches(RunRow run) {
    for (Map.Entry<String, Object> e : settings.entrySet()) {
      if (!same(e.getValue(), run.setting(e.getKey()))) {
        return false;
      }
    }
    return true;
  }

  /**
   * @param a a value
   * @param b another
   * @return whether they are equal, numbers by value
   */
  public static boolean same(Object a, Object b) {
    if (a instanceof Number x && b instanceof Number y) {
      return x.doubleValue() == y.doubleValue();
    }
    return Objects.equals(a == null ? null : a.toString(), b == null ? null : b.toString());
  }

  /**
   * @param runs stored runs
   * @return the runs of this cell, in the given order
   */
  public List<RunRow> select(List<RunRow> runs) {
    List<RunRow> out = new ArrayList<>();
    for (RunRow r : runs) {
      if (matches(r)) {
        out.add(r);
      }
    }
    return out;
  }

  /**
   * @param runs stored runs
   * @param metric a summary metric
   * @param label what the sample is
   * @return the metric over the cell's runs; runs that did not complete count as missing
   */
  public Sample sample(List<RunRow> runs, String metric, String label) {
    List<RunRow> mine = select(runs);
    double[] v = new double[mine.size()];
    for (int i = 0; i < v.length; i++) {
      RunRow r = mine.get(i);
      v[i] = r.isCompleted() ? r.summaryNumber(metric) : Double.NaN;
    }
    return Sample.of(label, v);
  }
}
