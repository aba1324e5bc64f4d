package dmf.paper.arora;

import dmf.experiment.Baselines;
import dmf.experiment.SweepSpec;
import dmf.io.store.RunRow;
import dmf.paper.Aggregates;
import dmf.paper.Claim;
import dmf.paper.Curve;
import dmf.paper.CurvePanel;
import dmf.paper.Reproduction;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Figures 1 and 2 of Arora et al. (2019), for completion ({@code fig1}, {@code fig2}) and their
 * sensing analogues (Appendix E, {@code sensing}): random rank-r 100×100 matrices recovered by
 * depth-2/3/4 factorizations and by minimum nuclear norm, against the number of observations.
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

  private String xKey() {
    return sensing ? "measurements" : "observations";
  }

  @Override
  public String description(boolean quick) {
    return String.format(
        Locale.ROOT,
        "Random rank-r 100x100 matrices (W* = UVᵀ/√r scaled to RMS "
            + "entry 1), %s, recovered by deep factorizations (Gaussian init, init_scale %.0e, %s, "
            + "stop at train loss ≤ 1e-6%s) and by minimum nuclear norm (certified solver). %s",
        sensing
            ? "Gaussian measurements with entries N(0, 1/(d·d'))"
            : "entries observed " + "uniformly without replacement",
        INIT,
        !quick
            ? "GroupRMSprop lr 1e-3 as in the official code"
            : sensing
                ? "adaptive gradient-flow solver for stiff flows (Dormand–Prince, "
                    + "Runge–Kutta–Chebyshev where stiff; rtol 1e-3; lands on small-step GD; see "
                    + "docs/performance.md)"
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
    if (Baselines.available("nuclear")) {
      variants.add(Map.of("solver", "nuclear"));
    }
    return new SweepSpec(name + (quick ? "-quick" : ""), 0, quick ? 1 : 3, base, grid, variants);
  }

  /** The curve a run belongs to. */
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

  private static Predicate<RunRow> rank(long r) {
    return run -> ((Number) run.setting("rank")).longValue() == r;
  }

  private List<Long> ranks(List<RunRow> runs) {
    return runs.stream()
        .map(r -> ((Number) r.setting("rank")).longValue())
        .distinct()
        .sorted()
        .toList();
  }

  @Override
  public Map<String, List<CurvePanel>> figures(
      List<RunRow> runs,
      java.util.function.Function<String, List<dmf.io.store.MetricRow>> metrics) {
    Map<String, List<CurvePanel>> figs = new LinkedHashMap<>();
    String xl = sensing ? "measurements" : "observed entries";
    for (long r : ranks(runs)) {
      List<CurvePanel> panels = new ArrayList<>();
      panels.add(
          new CurvePanel(
              "rank " + r + ": reconstruction error",
              xl,
              "reconstruction error (mean sq.)",
              false,
              true,
              Aggregates.curves(runs, rank(r), CompletionFigures::label, xKey(), "test_error")));
      if (initVariants) {
        for (String[] m :
            new String[][] {
              {"nuclear_norm", "nuclear norm"}, {"effective_rank", "effective rank"}
            }) {
          List<Curve> cs =
              new ArrayList<>(
                  Aggregates.curves(runs, rank(r), CompletionFigures::label, xKey(), m[0]));
          cs.addAll(
              Aggregates.curves(
                  runs,
                  rank(r).and(x -> "dmf".equals(x.setting("solver"))),
                  x -> "ground truth",
                  xKey(),
                  "truth_" + m[0]));
          panels.add(new CurvePanel("rank " + r + ": " + m[1], xl, m[1], false, false, cs));
        }
      }
      figs.put(name + "-rank" + r, panels);
    }
    return figs;
  }

  @Override
  public List<Claim> claims(
      List<RunRow> runs,
      java.util.function.Function<String, List<dmf.io.store.MetricRow>> metrics) {
    List<Claim> out = new ArrayList<>();
    double x0 = 2000;
    List<Curve> err =
        Aggregates.curves(runs, rank(5), CompletionFigures::label, xKey(), "test_error");
    double d2 = value(err, "depth 2", x0);
    double d3 = value(err, "depth 3", x0);
    double nn = value(err, "min nuclear norm", x0);
    String at =
        String.format(
            Locale.ROOT, "at %d %s (rank 5)", (int) x0, sensing ? "measurements" : "observations");
    out.add(Claim.of("depth 3 beats depth 2 " + at, d3 < d2, fmt(d3) + " vs " + fmt(d2)));
    if (!initVariants) {
      double d4 = value(err, "depth 4", x0);
      out.add(Claim.of("depth 4 beats depth 2 " + at, d4 < d2, fmt(d4) + " vs " + fmt(d2)));
    }
    out.add(
        Claim.of(
            "depth 2 rivals minimum nuclear norm " + at + " (within 10x)",
            d2 <= 10 * nn && nn <= 10 * d2,
            fmt(d2) + " vs " + fmt(nn)));
    Optional<Curve> c3 = Aggregates.find(err, "depth 3");
    Optional<Curve> c2 = Aggregates.find(err, "depth 2");
    if (c3.isPresent() && c2.isPresent()) {
      double t3 = threshold(c3.get(), 1e-3);
      double t2 = threshold(c2.get(), 1e-3);
      out.add(
          Claim.of(
              "depth 3 reaches error ≤ 1e-3 with no more observations than depth 2",
              t3 <= t2,
              "first at " + fmtCount(t3) + " vs " + fmtCount(t2)));
    }
    if (initVariants) {
      List<Curve> nuc =
          Aggregates.curves(runs, rank(5), CompletionFigures::label, xKey(), "nuclear_norm");
      List<Curve> er =
          Aggregates.curves(runs, rank(5), CompletionFigures::label, xKey(), "effective_rank");
      double x1 = Aggregates.find(err, "depth 3").map(c -> c.x()[0]).orElse(Double.NaN);
      double n3 = value(nuc, "depth 3", x1);
      double nmin = value(nuc, "min nuclear norm", x1);
      double e3 = value(er, "depth 3", x1);
      double emin = value(er, "min nuclear norm", x1);
      String few =
          String.format(
              Locale.ROOT,
              "at %d %s (rank 5)",
              (int) x1,
              sensing ? "measurements" : "observations");
      out.add(
          Claim.of(
              "with few observations depth 3 has lower effective rank than the minimum "
                  + "nuclear norm solution "
                  + few,
              e3 < emin,
              fmt(e3) + " vs " + fmt(emin)));
      out.add(
          Claim.of(
              "... at the expense of a higher nuclear norm " + few,
              n3 > nmin,
              fmt(n3) + " vs " + fmt(nmin)));
      double s1 = value(err, "depth 2", x0);
      double s4 = value(err, "depth 2, init std/4", x0);
      out.add(
          Claim.of(
              "smaller init lowers depth-2 error " + at,
              s4 < s1,
              "std/4 " + fmt(s4) + " vs std " + fmt(s1)));
    }
    return out;
  }

  static double value(List<Curve> curves, String label, double x) {
    return Aggregates.find(curves, label).map(c -> c.at(x)).orElse(Double.NaN);
  }

  /**
   * @return the smallest x from which the curve stays at or below {@code level}
   */
  static double threshold(Curve c, double level) {
    double[] x = c.x();
    double[] m = c.mean();
    double first = Double.POSITIVE_INFINITY;
    for (int i = x.length - 1; i >= 0 && m[i] <= level; i--) {
      first = x[i];
    }
    return first;
  }

  static String fmt(double v) {
    return String.format(Locale.ROOT, "%.2e", v);
  }

  static String fmtCount(double v) {
    return Double.isInfinite(v) ? "never" : String.format(Locale.ROOT, "%d", (long) v);
  }
}
