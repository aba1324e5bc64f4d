package dmf.paper.arora;

import dmf.base.Stats;
import dmf.io.store.MetricRow;
import dmf.io.store.RunRow;
import dmf.paper.Checks;
import dmf.paper.Checks.Bound;
import dmf.paper.Claim;
import dmf.paper.Fmt;
import dmf.paper.Sample;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The claims of Figure 3, per task and on runs selected by depth: the gap σ₅/σ₆ at the end grows
 * with depth, transitions sharpen with depth, and at depth 2 the diagonal of Uᵀ∇ℓ(W)V dominates.
 */
final class DynamicsClaims {
  static final int RANK = 5;

  private DynamicsClaims() {}

  static List<Claim> of(List<RunRow> runs, Function<String, List<MetricRow>> metrics) {
    List<Claim> out = new ArrayList<>();
    for (String task : DynamicsFigure.TASKS) {
      TreeMap<Integer, List<RunRow>> depths = DynamicsFigure.byDepth(runs, task);
      if (depths.isEmpty()) {
        continue;
      }
      List<Sample> gaps = new ArrayList<>();
      List<Sample> widths = new ArrayList<>();
      for (Map.Entry<Integer, List<RunRow>> e : depths.entrySet()) {
        List<Map<String, TreeMap<Long, Double>>> s =
            e.getValue().stream()
                .map(r -> DynamicsFigure.series(metrics.apply(r.runId())))
                .toList();
        String d = "depth " + e.getKey();
        gaps.add(
            Sample.of(
                d,
                s.stream()
                    .mapToDouble(m -> last(m, "sv_" + RANK) / last(m, "sv_" + (RANK + 1)))
                    .toArray()));
        widths.add(Sample.of(d, s.stream().mapToDouble(m -> transitionWidth(m, RANK)).toArray()));
      }
      out.add(
          Checks.trend(
              task + ": deeper gives a larger gap σ₅/σ₆ at the end",
              gaps,
              true,
              Margins.GAP_GROWS,
              Fmt::num));
      out.add(
          Checks.trend(
              task
                  + ": deeper gives sharper transitions (mean 10→90% rise time of σ₁..σ₅ relative "
                  + "to its end time)",
              widths,
              false,
              Margins.SHARPER,
              Fmt::num));
      List<RunRow> d2 = depths.getOrDefault(2, List.of());
      double[] ratios =
          d2.stream()
              .mapToDouble(r -> diagonalRatio(DynamicsFigure.series(metrics.apply(r.runId()))))
              .toArray();
      out.add(
          Checks.bound(
              task
                  + ", depth 2: the diagonal of Uᵀ∇ℓ(W)V dominates the off-diagonal while the "
                  + "singular vectors move (median ratio over the logged iterations)",
              d2.isEmpty() ? List.of() : List.of(Sample.of("depth 2", ratios)),
              Bound.AT_LEAST,
              Margins.DIAGONAL,
              Fmt::num));
    }
    return out;
  }

  /** The median over logged iterations (after the first) of diagonal/off-diagonal magnitude. */
  static double diagonalRatio(Map<String, TreeMap<Long, Double>> s) {
    TreeMap<Long, Double> diag = s.get("align_diag_mean");
    TreeMap<Long, Double> off = s.get("align_offdiag_mean");
    if (diag == null || off == null) {
      return Double.NaN;
    }
    List<Double> ratios = new ArrayList<>();
    for (Map.Entry<Long, Double> e : diag.entrySet()) {
      Double o = off.get(e.getKey());
      if (e.getKey() > 0 && o != null) {
        ratios.add(e.getValue() / o);
      }
    }
    return ratios.isEmpty() ? Double.NaN : Stats.median(ratios);
  }

  private static double last(Map<String, TreeMap<Long, Double>> s, String k) {
    TreeMap<Long, Double> m = s.get(k);
    return m == null || m.isEmpty() ? Double.NaN : m.lastEntry().getValue();
  }

  /**
   * Mean over σ1..σr of (t90 − t10)/t90, where tq is the first logged iteration at which σ reaches
   * q·(its final value): the smaller, the more step-like the learning.
   *
   * @param s metric name → (iteration → value)
   * @param r how many singular values
   * @return the mean relative rise time, or NaN when no singular value rose
   */
  static double transitionWidth(Map<String, TreeMap<Long, Double>> s, int r) {
    double sum = 0;
    int n = 0;
    for (int k = 1; k <= r; k++) {
      TreeMap<Long, Double> m = s.get("sv_" + k);
      if (m == null || m.isEmpty()) {
        continue;
      }
      double fin = m.lastEntry().getValue();
      long t10 = -1;
      long t90 = -1;
      for (Map.Entry<Long, Double> e : m.entrySet()) {
        if (t10 < 0 && e.getValue() >= 0.1 * fin) {
          t10 = e.getKey();
        }
        if (t90 < 0 && e.getValue() >= 0.9 * fin) {
          t90 = e.getKey();
        }
      }
      if (t90 > 0) {
        sum += (double) (t90 - t10) / t90;
        n++;
      }
    }
    return n == 0 ? Double.NaN : sum / n;
  }
}
