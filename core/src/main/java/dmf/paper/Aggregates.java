package dmf.paper;

import dmf.io.store.RunRow;
import dmf.plot.Series;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Turns stored runs into curves: group by label and x, then the median over repeats with the range
 * (minimum to maximum) as the spread. Labels are sorted, so the result does not depend on the order
 * in which runs were stored or finished.
 */
public final class Aggregates {
  private Aggregates() {}

  /**
   * @param runs stored runs
   * @param filter which runs to use
   * @param label the curve a run belongs to
   * @param xKey the setting on the x axis
   * @param metric the summary metric on the y axis
   * @return x → sample of the metric, per label (labels sorted; completed runs only)
   */
  public static Map<String, NavigableMap<Double, Sample>> samples(
      List<RunRow> runs,
      Predicate<RunRow> filter,
      Function<RunRow, String> label,
      String xKey,
      String metric) {
    Map<String, TreeMap<Double, List<Double>>> groups = new TreeMap<>();
    for (RunRow r : runs) {
      if (!filter.test(r) || !(r.setting(xKey) instanceof Number xv)) {
        continue;
      }
      groups
          .computeIfAbsent(label.apply(r), k -> new TreeMap<>())
          .computeIfAbsent(xv.doubleValue(), k -> new ArrayList<>())
          .add(r.isCompleted() ? r.summaryNumber(metric) : Double.NaN);
    }
    Map<String, NavigableMap<Double, Sample>> out = new TreeMap<>();
    groups.forEach(
        (name, byX) -> {
          NavigableMap<Double, Sample> curve = new TreeMap<>();
          byX.forEach(
              (x, v) ->
                  curve.put(
                      x,
                      Sample.of(
                          name + " at " + Fmt.setting(x),
                          v.stream().mapToDouble(Double::doubleValue).toArray())));
          out.put(name, curve);
        });
    return out;
  }

  /**
   * @param runs stored runs
   * @param filter which runs to use
   * @param label the curve a run belongs to
   * @param xKey the setting on the x axis
   * @param metric the summary metric on the y axis
   * @return one series per label (sorted): the median at each x with the range over repeats and the
   *     number of repeats; points without a value are left out
   */
  public static List<Series> series(
      List<RunRow> runs,
      Predicate<RunRow> filter,
      Function<RunRow, String> label,
      String xKey,
      String metric) {
    List<Series> out = new ArrayList<>();
    samples(runs, filter, label, xKey, metric).forEach((name, curve) -> out.add(of(name, curve)));
    return out;
  }

  /**
   * @param name the label
   * @param curve x → sample
   * @return the median with its range and counts; empty samples are left out
   */
  public static Series of(String name, NavigableMap<Double, Sample> curve) {
    List<Map.Entry<Double, Sample>> pts =
        curve.entrySet().stream().filter(e -> !e.getValue().isEmpty()).toList();
    int n = pts.size();
    double[] x = new double[n];
    double[] y = new double[n];
    double[] lo = new double[n];
    double[] hi = new double[n];
    int[] count = new int[n];
    for (int i = 0; i < n; i++) {
      Sample s = pts.get(i).getValue();
      x[i] = pts.get(i).getKey();
      y[i] = s.median();
      lo[i] = s.min();
      hi[i] = s.max();
      count[i] = s.n();
    }
    return Series.of(name, x, y).withSpread(lo, hi, count);
  }

  /**
   * @param series curves
   * @param label a label
   * @return the curve with that label, if any
   */
  public static Optional<Series> find(List<Series> series, String label) {
    return series.stream().filter(c -> c.label().equals(label)).findFirst();
  }
}
