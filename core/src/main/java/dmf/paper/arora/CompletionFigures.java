package dmf.paper.arora;

import dmf.experiment.SweepSpec;
import dmf.io.store.MetricRow;
import dmf.io.store.RunRow;
import dmf.paper.Aggregates;
import dmf.paper.Captions;
import dmf.paper.Claim;
import dmf.paper.Fmt;
import dmf.paper.Reproduction;
import dmf.plot.Figure;
import dmf.plot.Panel;
import dmf.plot.Series;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Figures 1 and 2 of Arora et al. (2019), for completion ({@code fig1}, {@code fig2}) and their
 * sensing analogues (Appendix E, {@code sensing}): random rank-r 100×100 matrices recovered by
 * depth-2/3/4 factorizations and by minimum nuclear norm, against the number of observed entries
 * (completion) or of measurements (sensing).
 *
 * @param name fig1, fig2 or sensing
 * @param sensing measurements instead of entries
 * @param initVariants fig2's depth-2 curves at init std ×1, ×1/2, ×1/4
 */
public record CompletionFigures(String name, boolean sensing, boolean initVariants)
    implements Reproduction {
  static final double INIT = 1e-3;

  /** Relative tolerance of the quick sensing runs' flow solver. */
  static final double SENSING_FLOW_RTOL = 1e-3;

  /** The longest time step of the quick sensing runs (Runge–Kutta–Chebyshev steps are cheap). */
  static final double SENSING_FLOW_MAX_STEP = 1e4;

  /**
   * @return the reproductions of this kind
   */
  public static List<Reproduction> all() {
    return List.of(
        new CompletionFigures("fig1", false, false),
        new CompletionFigures("fig2", false, true),
        new CompletionFigures("sensing", true, true));
  }

  /**
   * @return the setting on the x axis: "observations" (completion) or "measurements" (sensing)
   */
  String xKey() {
    return sensing ? "measurements" : "observations";
  }

  /**
   * @return what x counts, in figures and claims alike: "observations" (observed entries) or
   *     "measurements"
   */
  String noun() {
    return xKey();
  }

  @Override
  public String description(boolean quick) {
    return String.format(
        Locale.ROOT,
        "Random rank-r 100x100 matrices (W* = UVᵀ/√r scaled to RMS entry 1), %s, recovered by deep "
            + "factorizations (Gaussian init, init_scale %s, %s, stop at train loss ≤ 1e-6%s) and "
            + "by minimum nuclear norm (certified solver). %s",
        sensing
            ? "Gaussian measurements with entries N(0, 1/(d·d'))"
            : "entries observed uniformly without replacement",
        Fmt.setting(INIT),
        !quick
            ? "GroupRMSprop lr 1e-3 as in the official code"
            : sensing
                ? "adaptive gradient-flow solver for stiff flows (Dormand–Prince, "
                    + "Runge–Kutta–Chebyshev where stiff; rtol 1e-3; float32 training, float64 "
                    + "metrics; lands on small-step GD; see docs/performance.md)"
                : "adaptive gradient-flow solver (lands on small-step GD; see docs/performance.md)",
        quick ? ", at most 20,000 steps per run" : "",
        quick
            ? "Quick variant: one repeat, rank 5 only."
            : "Full variant: 3 repeats, ranks 5 and 10.");
  }

  @Override
  public SweepSpec sweep(boolean quick) {
    Map<String, Object> base = new LinkedHashMap<>();
    base.put("kind", sensing ? "sensing" : "completion");
    base.put("rows", 100);
    base.put("cols", 100);
    base.put("init_scale", INIT);
    base.put("lr", 1e-3);
    base.put("optimizer", quick ? (sensing ? "flow-stiff" : "flow") : "grouprmsprop");
    base.put("log_every", 1_000_000L);
    if (quick) {
      base.put("max_iters", 20_000L); // deterministic cap (a time limit would depend on load)
    }
    if (quick && sensing) {
      // The sensing flow is stiff for most of its length (docs/performance.md): the stiff solver,
      // at a tolerance that keeps the test error within 0.1% of a tight (rtol 1e-6) integration.
      base.put("flow_rtol", SENSING_FLOW_RTOL);
      base.put("flow_max_step", SENSING_FLOW_MAX_STEP);
      // The pass over A is bound by memory bandwidth: float32 halves it (metrics stay float64).
      base.put("precision", "float32");
    }
    Map<String, List<Object>> grid = new LinkedHashMap<>();
    grid.put("rank", quick ? List.of(5) : List.of(5, 10));
    grid.put(
        xKey(),
        quick
            ? List.of(1000, 1500, 2000, 2500, 3000, 4000)
            : List.of(1000, 1500, 2000, 2500, 3000, 4000, 5000, 6000, 8000));
    List<Map<String, Object>> variants = new ArrayList<>();
    for (int depth : initVariants ? new int[] {2, 3} : new int[] {2, 3, 4}) {
      variants.add(Map.of("solver", "dmf", "depth", depth));
    }
    if (initVariants) {
      variants.add(Map.of("solver", "dmf", "depth", 2, "init_scale", INIT / 4));
      variants.add(Map.of("solver", "dmf", "depth", 2, "init_scale", INIT / 16));
    }
    variants.add(Map.of("solver", "nuclear"));
    return new SweepSpec(name + (quick ? "-quick" : ""), 0, quick ? 1 : 3, base, grid, variants);
  }

  /** The curve a run belongs to, from its solver, depth and init scale. */
  static String label(RunRow r) {
    if (!"dmf".equals(r.setting("solver"))) {
      return "min nuclear norm";
    }
    int depth = ((Number) r.setting("depth")).intValue();
    double init = ((Number) r.setting("init_scale")).doubleValue();
    if (depth == 2 && init < INIT * 0.9) {
      // Halving the factor std at depth 2 divides init_scale by 4.
      return "depth 2, init std/" + Math.round(Math.sqrt(INIT / init));
    }
    return "depth " + depth;
  }

  static Predicate<RunRow> rank(long r) {
    return run -> run.setting("rank") instanceof Number n && n.longValue() == r;
  }

  static List<Long> ranks(List<RunRow> runs) {
    return runs.stream()
        .filter(r -> r.setting("rank") instanceof Number)
        .map(r -> ((Number) r.setting("rank")).longValue())
        .distinct()
        .sorted()
        .toList();
  }

  @Override
  public Map<String, Figure> figures(List<RunRow> runs, Function<String, List<MetricRow>> metrics) {
    Map<String, Figure> figs = new LinkedHashMap<>();
    for (long r : ranks(runs)) {
      List<Panel> panels = new ArrayList<>();
      panels.add(
          new Panel(
                  "rank " + r + ": reconstruction error",
                  noun(),
                  "reconstruction error",
                  false,
                  true,
                  Aggregates.series(runs, rank(r), CompletionFigures::label, xKey(), "test_error"))
              .withFloor(Captions.ERROR_FLOOR));
      if (initVariants) {
        for (String[] m :
            new String[][] {
              {"nuclear_norm", "nuclear norm"}, {"effective_rank", "effective rank"}
            }) {
          List<Series> cs =
              new ArrayList<>(
                  Aggregates.series(runs, rank(r), CompletionFigures::label, xKey(), m[0]));
          // The truth is one per problem: take it from one curve's runs (depth 2, default init).
          Aggregates.series(
                  runs,
                  rank(r).and(x -> "depth 2".equals(label(x))),
                  x -> "ground truth",
                  xKey(),
                  "truth_" + m[0])
              .forEach(s -> cs.add(s.withStyle(Series.Style.REFERENCE)));
          panels.add(new Panel("rank " + r + ": " + m[1], noun(), m[1], false, false, cs));
        }
      }
      String key = name + "-rank" + r;
      figs.put(
          key,
          Captions.figure(
              key,
              panels,
              runs.stream().filter(rank(r)).toList(),
              "Reconstruction error: mean squared error over all entries."));
    }
    return figs;
  }

  @Override
  public List<Claim> claims(List<RunRow> runs, Function<String, List<MetricRow>> metrics) {
    return new CompletionClaims(this, runs).all();
  }
}
