package dmf.experiment;

import dmf.io.RunRow;
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
  public static List<Curve> curves(List<RunRow> runs, Predicate<RunRow> filter,
      Function<RunRow, String> label, String xKey, String metric) {
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
      groups.computeIfAbsent(label.apply(r), k -> new TreeMap<>())
          .computeIfAbsent(((Number) xv).doubleValue(), k -> new ArrayList<>()).add(y);
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
        double[] ms = meanStd(v);
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
   * @param v values (at least one)
   * @return {mean, sample standard deviation (0 for a single value)}
   */
  public static double[] meanStd(List<Double> v) {
    double s = 0;
    for (double d : v) {
      s += d;
    }
    double mean = s / v.size();
    double ss = 0;
    for (double d : v) {
      ss += (d - mean) * (d - mean);
    }
    return new double[] {mean, v.size() > 1 ? Math.sqrt(ss / (v.size() - 1)) : 0};
  }

  /**
   * @param curves curves
   * @param label a label
   * @return the curve with that label, if any
   */
  public static java.util.Optional<Curve> find(List<Curve> curves, String label) {
    return curves.stream().filter(c -> c.label().equals(label)).findFirst();
  }

  /** @return the median of v (NaN when empty) */
  static double median(double[] v) {
    if (v.length == 0) {
      return Double.NaN;
    }
    double[] s = v.clone();
    java.util.Arrays.sort(s);
    return s.length % 2 == 1 ? s[s.length / 2] : 0.5 * (s[s.length / 2 - 1] + s[s.length / 2]);
  }

  /** @return the median of xs (NaN when empty) */
  static double median(List<Double> xs) {
    return median(xs.stream().mapToDouble(Double::doubleValue).toArray());
  }
}
