package dmf.paper.gunasekar;

import dmf.base.Stats;
import dmf.io.store.RunRow;
import dmf.paper.Curve;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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
        return "η = " + fmt(GunasekarClaims.paperStep(r));
      case "els_clipped":
        return "clipped ELS (η̄ = " + fmt(GunasekarClaims.paperStep(r)) + ")";
      default:
        return "exact line search";
    }
  }

  static String fmt(double v) {
    String s = String.format(Locale.ROOT, "%.0e", v);
    return s.replace("e-0", "e-").replace("e+00", "").replace("e+0", "e");
  }

  /**
   * @return whether the run is a reference (no init-scale axis)
   */
  static boolean isReference(RunRow r) {
    return !"symmetric".equals(r.setting("solver"));
  }

  /**
   * Turns each reference's runs into a flat line across the init-scale axis (mean ± std over
   * repeats at both ends).
   */
  static List<Curve> referenceLines(List<RunRow> runs, String metric, double xMin, double xMax) {
    Map<String, List<Double>> values = new LinkedHashMap<>();
    for (RunRow r : runs) {
      if (isReference(r) && RunRow.COMPLETED.equals(r.status())) {
        values.computeIfAbsent(label(r), k -> new ArrayList<>()).add(r.summaryNumber(metric));
      }
    }
    List<Curve> out = new ArrayList<>();
    for (Map.Entry<String, List<Double>> e : values.entrySet()) {
      double[] ms = Stats.meanStd(e.getValue());
      out.add(
          new Curve(
              e.getKey(),
              new double[] {xMin, xMax},
              new double[] {ms[0], ms[0]},
              new double[] {ms[1], ms[1]},
              new int[] {e.getValue().size(), e.getValue().size()}));
    }
    return out;
  }
}
