package dmf.paper.arora;

import dmf.base.Stats;
import dmf.experiment.SweepSpec;
import dmf.io.store.MetricRow;
import dmf.io.store.RunRow;
import dmf.paper.Claim;
import dmf.paper.Curve;
import dmf.paper.CurvePanel;
import dmf.paper.Reproduction;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Figure 3 of Arora et al. (2019): singular values of the product against iteration for depths 1, 2
 * and 3 (incremental, low-rank learning, sharper with depth), and for depth 2 the alignment of the
 * gradient with the singular vectors (diagonal against off-diagonal magnitudes of Uᵀ∇ℓ(W)V). On
 * rank-5 100×100 completion from 2000 entries and, when a ratings file is given, on MovieLens.
 *
 * @param ratings a MovieLens u.data (or ratings CSV) path, or null for the synthetic task only
 */
public record DynamicsFigure(String ratings) implements Reproduction {
  static final int TOP = 10;

  @Override
  public String name() {
    return "fig3";
  }

  @Override
  public String description(boolean quick) {
    return "Rank-5 100x100 completion from 2000 entries, depths 1, 2 and 3, Gaussian init 1e-3, "
        + "GroupRMSprop lr "
        + (quick ? "1e-3" : "3e-4")
        + ", top-"
        + TOP
        + " singular values "
        + "and gradient alignment logged every "
        + (quick ? 100 : 200)
        + " iterations"
        + (ratings == null
            ? "."
            : "; and MovieLens ("
                + ratings
                + "), 10,000 ratings sampled "
                + "with a fixed seed, full-width factors, identity init 1e-2, GroupRMSprop lr "
                + (quick ? "3e-2" : "1e-2")
                + " for at most "
                + (quick ? "2000" : "10000")
                + " iterations"
                + (quick ? " in float32 (metrics in float64)" : "")
                + ", logged every "
                + (quick ? 100 : 250)
                + ". "
                + dataNote());
  }

  /** What reading the ratings file leniently found: shape and skipped lines. */
  String dataNote() {
    java.nio.file.Path f = java.nio.file.Path.of(ratings);
    dmf.io.data.RatingsTable t = dmf.io.data.Ratings.read(f, dmf.io.data.Ratings.guess(f), true);
    return String.format(
        Locale.ROOT,
        "The file gives a %dx%d matrix of %d ratings%s.",
        t.rows(),
        t.cols(),
        t.size(),
        t.skipped() == 0
            ? ""
            : String.format(
                Locale.ROOT,
                "; %d lines were "
                    + "unreadable or conflicting and were skipped (first: %s). MovieLens 100K should "
                    + "give 943x1682 and 100,000 ratings, so this copy is damaged and the MovieLens "
                    + "panels do not show the real data",
                t.skipped(),
                t.firstSkipped()));
  }

  @Override
  public SweepSpec sweep(boolean quick) {
    Map<String, Object> base = new LinkedHashMap<>();
    base.put("kind", "completion");
    base.put("rank", 5);
    base.put("observations", 2000);
    base.put("optimizer", "grouprmsprop");
    base.put("lr", quick ? 1e-3 : 3e-4);
    base.put("init_scale", 1e-3);
    base.put("log_every", quick ? 100L : 200L);
    base.put("top_k", (long) TOP);
    base.put("max_iters", quick ? 40_000L : 200_000L);
    Map<String, List<Object>> grid = new LinkedHashMap<>();
    grid.put("depth", List.of(1, 2, 3));
    List<Map<String, Object>> variants = new ArrayList<>();
    variants.add(Map.of());
    if (ratings != null) {
      Map<String, Object> ml = new LinkedHashMap<>();
      ml.put("kind", "ratings");
      ml.put("data", ratings);
      ml.put("skip_bad_lines", true);
      ml.put("observations", 10_000);
      ml.put("init", "identity");
      ml.put("optimizer", "grouprmsprop");
      ml.put("lr", quick ? 3e-2 : 1e-2);
      ml.put("init_scale", 1e-2);
      ml.put("log_every", quick ? 100L : 250L);
      ml.put("max_iters", quick ? 2000L : 10000L);
      if (quick) {
        // The 943x1682 depth-3 step is GEMM-bound; float32 halves it, and --quick must fit 5 min.
        ml.put("precision", "float32");
      }
      ml.put("loss_threshold", 1e-4);
      variants.add(ml);
    }
    return new SweepSpec("fig3" + (quick ? "-quick" : ""), 0, 1, base, grid, variants);
  }

  private static String task(RunRow r) {
    return "ratings".equals(r.setting("kind")) ? "MovieLens" : "synthetic";
  }

  private static int depth(RunRow r) {
    return ((Number) r.setting("depth")).intValue();
  }

  /** metric name → (iteration → value) for one run. */
  static Map<String, TreeMap<Long, Double>> series(List<MetricRow> rows) {
    Map<String, TreeMap<Long, Double>> out = new LinkedHashMap<>();
    for (MetricRow m : rows) {
      out.computeIfAbsent(m.name(), k -> new TreeMap<>()).put(m.iteration(), m.value());
    }
    return out;
  }

  static Curve curve(String label, TreeMap<Long, Double> s, TreeMap<Long, Double> std) {
    double[] x = new double[s.size()];
    double[] y = new double[s.size()];
    double[] e = new double[s.size()];
    int[] n = new int[s.size()];
    int i = 0;
    for (Map.Entry<Long, Double> en : s.entrySet()) {
      x[i] = en.getKey();
      y[i] = en.getValue();
      e[i] = std == null ? 0 : std.getOrDefault(en.getKey(), 0.0);
      n[i] = std == null ? 1 : 2;
      i++;
    }
    return new Curve(label, x, y, e, n);
  }

  @Override
  public Map<String, List<CurvePanel>> figures(
      List<RunRow> runs, Function<String, List<MetricRow>> metrics) {
    Map<String, List<CurvePanel>> figs = new LinkedHashMap<>();
    for (String task : new String[] {"synthetic", "MovieLens"}) {
      List<CurvePanel> panels = new ArrayList<>();
      List<CurvePanel> align = new ArrayList<>();
      for (RunRow r : runs) {
        if (!task(r).equals(task)) {
          continue;
        }
        Map<String, TreeMap<Long, Double>> s = series(metrics.apply(r.runId()));
        List<Curve> svs = new ArrayList<>();
        for (int k = 1; k <= TOP && s.containsKey("sv_" + k); k++) {
          svs.add(curve("σ" + k, s.get("sv_" + k), null));
        }
        panels.add(
            new CurvePanel(
                task + ", depth " + depth(r),
                "iteration",
                "singular values",
                false,
                task.equals("MovieLens"),
                svs));
        if (depth(r) == 2 && s.containsKey("align_diag_mean")) {
          align.add(
              new CurvePanel(
                  task + ", depth 2: |Uᵀ∇ℓ(W)V|",
                  "iteration",
                  "magnitude (mean ± std)",
                  false,
                  true,
                  List.of(
                      curve("diagonal", s.get("align_diag_mean"), s.get("align_diag_std")),
                      curve(
                          "off-diagonal",
                          s.get("align_offdiag_mean"),
                          s.get("align_offdiag_std")))));
        }
      }
      panels.sort((a, b) -> a.title().compareTo(b.title()));
      if (!panels.isEmpty()) {
        figs.put("fig3-" + task.toLowerCase(Locale.ROOT), panels);
        figs.put("fig3-" + task.toLowerCase(Locale.ROOT) + "-alignment", align);
      }
    }
    return figs;
  }

  @Override
  public List<Claim> claims(List<RunRow> runs, Function<String, List<MetricRow>> metrics) {
    List<Claim> out = new ArrayList<>();
    for (String task : new String[] {"synthetic", "MovieLens"}) {
      Map<Integer, Map<String, TreeMap<Long, Double>>> byDepth = new TreeMap<>();
      for (RunRow r : runs) {
        if (task(r).equals(task)) {
          byDepth.put(depth(r), series(metrics.apply(r.runId())));
        }
      }
      if (byDepth.isEmpty()) {
        continue;
      }
      int rank = 5;
      Map<Integer, Double> gap = new TreeMap<>();
      Map<Integer, Double> width = new TreeMap<>();
      for (Map.Entry<Integer, Map<String, TreeMap<Long, Double>>> e : byDepth.entrySet()) {
        Map<String, TreeMap<Long, Double>> s = e.getValue();
        gap.put(e.getKey(), last(s, "sv_" + rank) / last(s, "sv_" + (rank + 1)));
        width.put(e.getKey(), transitionWidth(s, rank));
      }
      List<Integer> ds = new ArrayList<>(gap.keySet());
      boolean gapGrows = true;
      boolean sharper = true;
      for (int i = 1; i < ds.size(); i++) {
        gapGrows &= gap.get(ds.get(i)) > gap.get(ds.get(i - 1));
        sharper &= width.get(ds.get(i)) < width.get(ds.get(i - 1));
      }
      out.add(Claim.of(task + ": deeper gives a larger gap σ5/σ6 at the end", gapGrows, join(gap)));
      out.add(
          Claim.of(
              task
                  + ": deeper gives sharper transitions (mean 10→90% rise time of "
                  + "σ1..σ5 relative to its end time)",
              sharper,
              join(width)));
      Map<String, TreeMap<Long, Double>> d2 = byDepth.get(2);
      if (d2 != null && d2.containsKey("align_diag_mean")) {
        List<Double> ratios = new ArrayList<>();
        for (Map.Entry<Long, Double> en : d2.get("align_diag_mean").entrySet()) {
          if (en.getKey() == 0) {
            continue;
          }
          double off = d2.get("align_offdiag_mean").getOrDefault(en.getKey(), Double.NaN);
          ratios.add(en.getValue() / off);
        }
        double med = Stats.median(ratios);
        out.add(
            Claim.of(
                task
                    + ", depth 2: the diagonal of Uᵀ∇ℓ(W)V dominates the off-diagonal"
                    + " while the singular vectors move",
                med > 2,
                String.format(
                    Locale.ROOT,
                    "median diagonal/off-diagonal ratio %.1f over %d logged " + "iterations",
                    med,
                    ratios.size())));
      }
    }
    return out;
  }

  private static double last(Map<String, TreeMap<Long, Double>> s, String k) {
    TreeMap<Long, Double> m = s.get(k);
    return m == null || m.isEmpty() ? Double.NaN : m.lastEntry().getValue();
  }

  /**
   * Mean over σ1..σr of (t90 − t10)/t90, where tq is the first logged iteration at which σ reaches
   * q·(its final value): the smaller, the more step-like the learning.
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

  private static String join(Map<Integer, Double> m) {
    StringBuilder sb = new StringBuilder();
    for (Map.Entry<Integer, Double> e : m.entrySet()) {
      sb.append(sb.length() == 0 ? "" : ", ")
          .append("depth ")
          .append(e.getKey())
          .append(' ')
          .append(String.format(Locale.ROOT, "%.3g", e.getValue()));
    }
    return sb.toString();
  }
}
