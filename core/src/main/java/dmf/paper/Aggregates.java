package dmf.paper;

import dmf.base.Stats;
import dmf.io.store.RunRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;

/** Turns stored runs into curves: group, then mean ± std over repeats at each x. */
public final class Aggregates {
  private Aggregates() {}

  /**
   * @param runs stored runs
   * @param filter which runs to use
   * @param label the curve a run belongs to
   * @param xKey the setting on the x axis
   * @param metric the summary metric on the y axis
   * @return one curve per label, in order of first appearance, x ascending
   */
  public static List<Curve> curves(
      List<RunRow> runs,
      Predicate<RunRow> filter,
      Function<RunRow, String> label,
      String xKey,
      String metric) {
    Map<String, TreeMap<Double, List<Double>>> groups = new java.util.LinkedHashMap<>();
    for (RunRow r : runs) {
      if (!filter.test(r) || !RunRow.COMPLETED.equals(r.status())) {
        continue;
      }
      Object xv = r.setting(xKey);
      double y = r.summaryNumber(metric);
      if (!(xv instanceof Number)) {
        continue;
      }
      groups
          .computeIfAbsent(label.apply(r), k -> new TreeMap<>())
          .computeIfAbsent(((Number) xv).doubleValue(), k -> new ArrayList<>())
          .add(y);
    }
    List<Curve> out = new ArrayList<>();
    for (Map.Entry<String, TreeMap<Double, List<Double>>> g : groups.entrySet()) {
      int n = g.getValue().size();
      double[] x = new double[n];
      double[] mean = new double[n];
      double[] std = new double[n];
      int[] count = new int[n];
      int i = 0;
      for (Map.Entry<Double, List<Double>> e : g.getValue().entrySet()) {
        x[i] = e.getKey();
        List<Double> v = e.getValue();
        double[] ms = Stats.meanStd(v);
        mean[i] = ms[0];
        std[i] = ms[1];
        count[i] = v.size();
        i++;
      }
      out.add(new Curve(g.getKey(), x, mean, std, count));
    }
    return out;
  }

  /**
   * @param curves curves
   * @param label a label
   * @return the curve with that label, if any
   */
  public static java.util.Optional<Curve> find(List<Curve> curves, String label) {
    return curves.stream().filter(c -> c.label().equals(label)).findFirst();
  }
}
