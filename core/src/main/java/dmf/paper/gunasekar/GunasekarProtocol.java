package dmf.paper.gunasekar;

import dmf.io.store.RunRow;
import dmf.paper.Fmt;
import dmf.paper.Sample;
import dmf.plot.Series;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;

/**
 * The protocol shared by the Gunasekar et al. (2017) reproductions.
 *
 * <p>Step sizes are quoted, as in the paper, on the sum-of-squares objective F(U) = Σ_i (⟨A_i, UUᵀ⟩
 * − y_i)²; dmf minimizes the mean, F/m, so a paper step η is the dmf learning rate m·η (the
 * iterates are identical). Exact line search is scale free; its clip η̄ is quoted on F as well.
 * Runs stop at mean squared residual ≤ {@link #LOSS_THRESHOLD}.
 */
final class GunasekarProtocol {
  /** Stop when the mean squared residual is at most this. */
  static final double LOSS_THRESHOLD = 1e-8;

  /** The small fixed step on F. */
  static final double SMALL_ETA = 1e-4;

  /** The clip η̄ of the clipped exact line search, on F. */
  static final double CLIP = 3e-4;

  private GunasekarProtocol() {}

  /** A problem family: X* kind and m as a function of n and r. */
  record Setting(String key, String truth, String description, double perNr) {
    int measurements(int n, int r) {
      return (int) Math.round(perNr * n * r);
    }

    Map<String, Object> problem(int n, int r) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("kind", "psd_sensing");
      m.put("truth", truth);
      m.put("rows", n);
      m.put("rank", r);
      m.put("measurements", measurements(n, r));
      return m;
    }

    boolean matches(RunRow row) {
      Object t = row.setting("truth");
      Object n = row.setting("rows");
      Object r = row.setting("rank");
      Object m = row.setting("measurements");
      return truth.equals(t)
          && n instanceof Number nn
          && r instanceof Number rr
          && m instanceof Number mm
          && mm.intValue() == measurements(nn.intValue(), rr.intValue());
    }
  }

  /** The three settings of Figures 1 and 2 (n = 50, r = 2). */
  static final List<Setting> SETTINGS =
      List.of(
          new Setting("a", "planted", "(a) rank 2, m = 3nr", 3),
          new Setting("b", "decaying", "(b) spectrum ∝ 1/k^1.5, m = 3nr", 3),
          new Setting("c", "planted", "(c) rank 2, m = nr/4", 0.25));

  /**
   * @return symmetric GD with a fixed paper step η on a problem with m measurements
   */
  static Map<String, Object> fixed(double eta, int m) {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("solver", "symmetric");
    v.put("step", "fixed");
    v.put("lr", eta * m);
    return v;
  }

  /**
   * @return symmetric GD with the exact line search clipped at paper step η̄
   */
  static Map<String, Object> clipped(double cap, int m) {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("solver", "symmetric");
    v.put("step", "els_clipped");
    v.put("step_cap", cap * m);
    return v;
  }

  /**
   * @return symmetric GD with the exact line search
   */
  static Map<String, Object> exact() {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("solver", "symmetric");
    v.put("step", "els");
    return v;
  }

  /**
   * @return the certified minimum-trace PSD solution
   */
  static Map<String, Object> nuclear() {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("solver", "nuclear");
    v.put("psd", true);
    return v;
  }

  /**
   * @return a solver-only variant
   */
  static Map<String, Object> solver(String name) {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("solver", name);
    return v;
  }

  /**
   * @return "a + b", merged left to right
   */
  @SafeVarargs
  static Map<String, Object> merge(Map<String, Object>... parts) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (Map<String, Object> p : parts) {
      m.putAll(p);
    }
    return m;
  }

  /**
   * @return the curve label of a symmetric run, with η quoted on F
   */
  static String label(RunRow r) {
    String solver = String.valueOf(r.setting("solver"));
    switch (solver) {
      case "psd_gd":
        return "X_gd (reference)";
      case "svd_init":
        return "SVD init (reference)";
      case "nuclear":
        return "min nuclear norm (reference)";
      default:
        break;
    }
    switch (String.valueOf(r.setting("step"))) {
      case "fixed":
        return "η = " + Fmt.setting(paperStep(r));
      case "els_clipped":
        return "clipped ELS (η̄ = " + Fmt.setting(paperStep(r)) + ")";
      default:
        return "exact line search";
    }
  }

  /**
   * @return whether the run is a reference (no init-scale axis)
   */
  static boolean isReference(RunRow r) {
    return !"symmetric".equals(r.setting("solver"));
  }

  /**
   * @return the paper step (on F) of a symmetric run: η, the clip η̄, or +∞ for plain ELS
   */
  static double paperStep(RunRow r) {
    double m = ((Number) r.setting("measurements")).doubleValue();
    String step = String.valueOf(r.setting("step"));
    if (step.equals("fixed")) {
      return ((Number) r.setting("lr")).doubleValue() / m;
    }
    if (step.equals("els_clipped")) {
      return ((Number) r.setting("step_cap")).doubleValue() / m;
    }
    return Double.POSITIVE_INFINITY;
  }

  /**
   * @return the init scale α of a run, or NaN for a reference
   */
  static double initScale(RunRow r) {
    return r.setting("init_scale") instanceof Number n ? n.doubleValue() : Double.NaN;
  }

  /**
   * The cells of a set of runs: one per curve label and init scale (references have none), with the
   * values of each cell's runs (its random problems).
   *
   * @param runs the runs
   * @param value a run's value
   * @return the cells, in label and init-scale order
   */
  static List<Sample> cells(List<RunRow> runs, ToDoubleFunction<RunRow> value) {
    Map<String, TreeMap<Double, List<Double>>> groups = new TreeMap<>();
    for (RunRow r : runs) {
      double a = initScale(r);
      groups
          .computeIfAbsent(label(r), k -> new TreeMap<>())
          .computeIfAbsent(Double.isNaN(a) ? -1 : a, k -> new ArrayList<>())
          .add(r.isCompleted() ? value.applyAsDouble(r) : Double.NaN);
    }
    List<Sample> out = new ArrayList<>();
    groups.forEach(
        (label, byAlpha) ->
            byAlpha.forEach(
                (a, v) ->
                    out.add(
                        Sample.of(
                            label + (a < 0 ? "" : ", α " + Fmt.setting(a)),
                            v.stream().mapToDouble(Double::doubleValue).toArray()))));
    return out;
  }

  /**
   * Turns each reference's runs into a flat dashed line across the init-scale axis, at the median
   * over its problems.
   */
  static List<Series> referenceLines(List<RunRow> runs, String metric, double xMin, double xMax) {
    List<Series> out = new ArrayList<>();
    for (Sample s :
        cells(
            runs.stream().filter(GunasekarProtocol::isReference).toList(),
            r -> r.summaryNumber(metric))) {
      if (!s.isEmpty()) {
        out.add(
            Series.of(s.label(), new double[] {xMin, xMax}, new double[] {s.median(), s.median()})
                .withStyle(Series.Style.REFERENCE));
      }
    }
    return out;
  }
}
