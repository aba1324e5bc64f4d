package dmf.paper.arora;

import dmf.experiment.SweepSpec;
import dmf.io.data.Ratings;
import dmf.io.data.RatingsTable;
import dmf.io.store.MetricRow;
import dmf.io.store.RunRow;
import dmf.paper.Captions;
import dmf.paper.Claim;
import dmf.paper.Reproduction;
import dmf.plot.Figure;
import dmf.plot.Panel;
import dmf.plot.Series;
import java.nio.file.Path;
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
  static final List<String> TASKS = List.of("synthetic", "MovieLens");

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
        + " singular values and gradient alignment logged every "
        + (quick ? 100 : 200)
        + " iterations"
        + (ratings == null
            ? "."
            : "; and MovieLens ("
                + ratings
                + "), 10,000 ratings sampled with a fixed seed, full-width factors, identity init "
                + "1e-2, GroupRMSprop lr "
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
    Path f = Path.of(ratings);
    RatingsTable t = Ratings.read(f, Ratings.guess(f), true);
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
                "; %d lines were unreadable or conflicting and were skipped (first: %s). MovieLens "
                    + "100K should give 943x1682 and 100,000 ratings, so this copy is damaged and "
                    + "the MovieLens panels do not show the real data",
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
    // Deepest first: the depth-3 MovieLens run is the longest, and a sweep starts its runs in
    // order, so it starts early instead of last (the claims select runs by settings).
    grid.put("depth", List.of(3, 2, 1));
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

  static String task(RunRow r) {
    return "ratings".equals(r.setting("kind")) ? "MovieLens" : "synthetic";
  }

  /**
   * @param runs stored runs
   * @param task "synthetic" or "MovieLens"
   * @return depth → the completed runs of that task, depths ascending
   */
  static TreeMap<Integer, List<RunRow>> byDepth(List<RunRow> runs, String task) {
    TreeMap<Integer, List<RunRow>> out = new TreeMap<>();
    for (RunRow r : runs) {
      if (task(r).equals(task) && r.isCompleted() && r.setting("depth") instanceof Number d) {
        out.computeIfAbsent(d.intValue(), k -> new ArrayList<>()).add(r);
      }
    }
    out.values().forEach(l -> l.sort((a, b) -> a.runId().compareTo(b.runId())));
    return out;
  }

  /** metric name → (iteration → value) for one run. */
  static Map<String, TreeMap<Long, Double>> series(List<MetricRow> rows) {
    Map<String, TreeMap<Long, Double>> out = new LinkedHashMap<>();
    for (MetricRow m : rows) {
      out.computeIfAbsent(m.name(), k -> new TreeMap<>()).put(m.iteration(), m.value());
    }
    return out;
  }

  /** k in subscript digits, as the paper writes σ₁ … σ₁₀. */
  static String subscript(int k) {
    StringBuilder sb = new StringBuilder();
    for (char c : Integer.toString(k).toCharArray()) {
      sb.append((char) ('₀' + (c - '0')));
    }
    return sb.toString();
  }

  static Series line(String label, TreeMap<Long, Double> s) {
    double[] x = s.keySet().stream().mapToDouble(Long::doubleValue).toArray();
    double[] y = s.values().stream().mapToDouble(Double::doubleValue).toArray();
    return Series.of(label, x, y).withStyle(Series.Style.LINE);
  }

  /** The mean with a band of ± one standard deviation, clipped at a tenth of the mean. */
  static Series band(String label, TreeMap<Long, Double> mean, TreeMap<Long, Double> std) {
    Series s = line(label, mean);
    double[] y = s.y();
    double[] lo = new double[y.length];
    double[] hi = new double[y.length];
    int i = 0;
    for (Map.Entry<Long, Double> e : mean.entrySet()) {
      double sd = std == null ? 0 : std.getOrDefault(e.getKey(), 0.0);
      lo[i] = Math.max(y[i] - sd, 0.1 * y[i]);
      hi[i] = y[i] + sd;
      i++;
    }
    return s.withSpread(lo, hi, null);
  }

  @Override
  public Map<String, Figure> figures(List<RunRow> runs, Function<String, List<MetricRow>> metrics) {
    Map<String, Figure> figs = new LinkedHashMap<>();
    for (String task : TASKS) {
      TreeMap<Integer, List<RunRow>> depths = byDepth(runs, task);
      if (depths.isEmpty()) {
        continue;
      }
      List<Panel> panels = new ArrayList<>();
      List<Panel> align = new ArrayList<>();
      List<RunRow> shown = new ArrayList<>();
      for (Map.Entry<Integer, List<RunRow>> e : depths.entrySet()) {
        RunRow r = e.getValue().get(0);
        shown.add(r);
        Map<String, TreeMap<Long, Double>> s = series(metrics.apply(r.runId()));
        List<Series> svs = new ArrayList<>();
        for (int k = 1; k <= TOP && s.containsKey("sv_" + k); k++) {
          svs.add(line("σ" + subscript(k), s.get("sv_" + k)));
        }
        panels.add(
            new Panel(
                task + ", depth " + e.getKey(),
                "iteration",
                "singular values",
                false,
                task.equals("MovieLens"),
                svs));
        if (e.getKey() == 2 && s.containsKey("align_diag_mean")) {
          align.add(
              new Panel(
                  task + ", depth 2: |Uᵀ∇ℓ(W)V|",
                  "iteration",
                  "magnitude",
                  false,
                  true,
                  List.of(
                      band("diagonal", s.get("align_diag_mean"), s.get("align_diag_std")),
                      band(
                          "off-diagonal",
                          s.get("align_offdiag_mean"),
                          s.get("align_offdiag_std")))));
        }
      }
      String key = "fig3-" + task.toLowerCase(Locale.ROOT);
      figs.put(key, Captions.figure(key, panels, shown, "One run (a single seed) per depth."));
      if (!align.isEmpty()) {
        figs.put(
            key + "-alignment",
            Captions.figure(
                key + "-alignment",
                align,
                shown,
                "One run (a single seed). Mean magnitude over the entries; band: one standard "
                    + "deviation either side, over the entries (clipped at a tenth of the mean)."));
      }
    }
    return figs;
  }

  @Override
  public List<Claim> claims(List<RunRow> runs, Function<String, List<MetricRow>> metrics) {
    return DynamicsClaims.of(runs, metrics);
  }
}
