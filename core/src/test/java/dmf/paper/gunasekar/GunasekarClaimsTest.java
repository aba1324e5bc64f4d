package dmf.paper.gunasekar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dmf.io.store.RunRow;
import dmf.paper.Claim;
import dmf.paper.Verdict;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each margin of the Gunasekar et al. claims passes just inside and fails just outside. */
class GunasekarClaimsTest {
  static final double IN = 1 - 1e-6;
  static final double OUT = 1 + 1e-6;

  /** A run of setting (a) (m = 300), (b) ("decaying") or (c) (m = 25) on problem `seed`. */
  static RunRow row(
      String setting, String solver, String step, double alpha, double nn, double err, int seed) {
    boolean c = setting.equals("c");
    int m = c ? 25 : 300;
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("truth", setting.equals("b") ? "decaying" : "planted");
    s.put("rows", 50);
    s.put("rank", 2);
    s.put("measurements", m);
    s.put("problem_seed", seed);
    s.put("solver", solver);
    if (solver.equals("symmetric")) {
      s.put("init_scale", alpha);
      s.put("step", step);
      s.put("step_cap", 3e-4 * m);
    }
    Map<String, Object> sum = new LinkedHashMap<>();
    sum.put("nuclear_norm", nn);
    sum.put("relative_error", err);
    String id = setting + solver + step + alpha + seed;
    return new RunRow(id, "g", RunRow.COMPLETED, s, sum, Map.of(), "");
  }

  /**
   * Setting a: small-init clipped runs with error `small` and Δ `gapSmall`, large-init with error
   * `large` and Δ `gapLarge`, exact search with error `els`; setting c with error `scarce` and Δ
   * `gapScarce`; setting b like a. Three problems each, with equal values (so medians are exact).
   */
  static Map<String, Verdict> verdicts(
      double small,
      double large,
      double els,
      double scarce,
      double gapSmall,
      double gapLarge,
      double gapScarce) {
    List<RunRow> rows = new ArrayList<>();
    for (int seed = 0; seed < 3; seed++) {
      double min = 1.4 + seed;
      for (String set : new String[] {"a", "b", "c"}) {
        boolean c = set.equals("c");
        rows.add(row(set, "nuclear", "", 0, min, c ? 0.9 : 1e-8, seed));
        rows.add(
            row(
                set,
                "symmetric",
                "els_clipped",
                1e-3,
                min * (1 + (c ? gapScarce : gapSmall)),
                c ? scarce : small,
                seed));
        rows.add(
            row(
                set,
                "symmetric",
                "els_clipped",
                1.0,
                min * (1 + gapLarge),
                c ? scarce : large,
                seed));
        rows.add(row(set, "symmetric", "els", 1e-3, min * 1.5, c ? scarce : els, seed));
      }
    }
    Map<String, Verdict> out = new LinkedHashMap<>();
    for (Claim c : GunasekarClaims.errorClaims(rows)) {
      out.put("err " + c.statement().substring(0, 15), c.verdict());
    }
    for (Claim c : GunasekarClaims.normClaims(rows)) {
      out.put("norm " + c.statement().substring(0, 15), c.verdict());
    }
    return out;
  }

  static Map<String, Verdict> base() {
    return verdicts(5e-4, 0.5, 0.4, 0.9, 1e-3, 0.5, 0.05);
  }

  @Test
  void designedDataHoldsEverywhere() {
    base().forEach((k, v) -> assertEquals(Verdict.HOLDS, v, k));
  }

  @Test
  void recoversMarginIs1e3() {
    assertEquals(
        Verdict.HOLDS,
        verdicts(1e-3 * IN, 0.5, 0.4, 0.9, 1e-3, 0.5, 0.05).get("err (a) small init "));
    assertEquals(
        Verdict.FAILS,
        verdicts(1e-3 * OUT, 0.5, 0.4, 0.9, 1e-3, 0.5, 0.05).get("err (a) small init "));
  }

  @Test
  void farMarginIsOneDecadeAboveTheSmallStepWorst() {
    assertEquals(
        Verdict.HOLDS,
        verdicts(1e-4, 1e-3 * OUT, 1e-3 * OUT, 0.9, 1e-3, 0.5, 0.05).get("err (a) large init "));
    assertEquals(
        Verdict.FAILS,
        verdicts(1e-4, 1e-3 * IN, 0.4, 0.9, 1e-3, 0.5, 0.05).get("err (a) large init "));
    assertEquals(
        Verdict.HOLDS,
        verdicts(1e-4, 0.5, 1e-3 * OUT, 0.9, 1e-3, 0.5, 0.05).get("err (a) unclipped e"));
    assertEquals(
        Verdict.FAILS,
        verdicts(1e-4, 0.5, 1e-3 * IN, 0.9, 1e-3, 0.5, 0.05).get("err (a) unclipped e"));
  }

  @Test
  void nothingMarginIsATenthOfTheTruth() {
    // The nuclear runs of (c) sit at 0.9; the symmetric ones at the boundary.
    assertEquals(
        Verdict.HOLDS, verdicts(5e-4, 0.5, 0.4, 0.1, 1e-3, 0.5, 0.05).get("err (c) with m = nr"));
    assertEquals(
        Verdict.FAILS,
        verdicts(5e-4, 0.5, 0.4, 0.1 * IN, 1e-3, 0.5, 0.05).get("err (c) with m = nr"));
  }

  @Test
  void nearMinimumAndGapMarginsAreOnePercent() {
    assertEquals(
        Verdict.HOLDS,
        verdicts(5e-4, 0.5, 0.4, 0.9, 0.01 * IN, 0.5, 0.05).get("norm (a) small init "));
    assertEquals(
        Verdict.FAILS,
        verdicts(5e-4, 0.5, 0.4, 0.9, 0.01 * OUT, 0.5, 0.05).get("norm (a) small init "));
    assertEquals(
        Verdict.HOLDS,
        verdicts(5e-4, 0.5, 0.4, 0.9, 1e-3, 0.01 * OUT, 0.05).get("norm (a) large init "));
    assertEquals(
        Verdict.FAILS,
        verdicts(5e-4, 0.5, 0.4, 0.9, 1e-3, 0.01 * IN, 0.05).get("norm (a) large init "));
    assertEquals(
        Verdict.HOLDS,
        verdicts(5e-4, 0.5, 0.4, 0.9, 1e-3, 0.5, 0.01 * OUT).get("norm (c) with m = nr"));
    assertEquals(
        Verdict.FAILS,
        verdicts(5e-4, 0.5, 0.4, 0.9, 1e-3, 0.5, 0.01 * IN).get("norm (c) with m = nr"));
  }

  /** Histogram problems: `within` of 10 at Δ = 0.005, the rest at 0.5, per init scale. */
  static Map<String, Verdict> histogram(int small, int mid, int large, double midGap) {
    List<RunRow> rows = new ArrayList<>();
    int[] within = {small, mid, large};
    double[] alphas = {1e-5, 1e-3, 1.0};
    for (int seed = 0; seed < 10; seed++) {
      Map<String, Object> p = new LinkedHashMap<>();
      p.put("truth", "planted");
      p.put("rows", 20);
      p.put("rank", 1);
      p.put("measurements", 40);
      p.put("problem_seed", seed);
      Map<String, Object> n = new LinkedHashMap<>(p);
      n.put("solver", "nuclear");
      rows.add(
          new RunRow(
              "n" + seed, "h", RunRow.COMPLETED, n, Map.of("nuclear_norm", 1.0), Map.of(), ""));
      for (int k = 0; k < 3; k++) {
        Map<String, Object> s = new LinkedHashMap<>(p);
        s.put("solver", "symmetric");
        s.put("init_scale", alphas[k]);
        double gap = seed < within[k] ? 0.005 : k == 1 ? midGap : 0.5;
        rows.add(
            new RunRow(
                "s" + seed + k,
                "h",
                RunRow.COMPLETED,
                s,
                Map.of("nuclear_norm", 1 + gap),
                Map.of(),
                ""));
      }
    }
    Map<String, Verdict> out = new LinkedHashMap<>();
    for (Claim c : new GunasekarHistogram().claims(rows, id -> List.of())) {
      out.put(c.statement().substring(0, 12), c.verdict());
    }
    return out;
  }

  @Test
  void histogramMarginsAreNinetyAndFiftyPercent() {
    assertEquals(Verdict.HOLDS, histogram(9, 5, 5, 0.5).get("‖U₀‖_F = 1e-"));
    assertEquals(Verdict.FAILS, histogram(8, 5, 5, 0.5).get("‖U₀‖_F = 1e-"));
    assertEquals(Verdict.HOLDS, histogram(9, 5, 5, 0.5).get("‖U₀‖_F = 1 d"));
    assertEquals(Verdict.FAILS, histogram(9, 5, 6, 0.5).get("‖U₀‖_F = 1 d"));
  }

  @Test
  void growsMarginIsANonDecreasingMedian() {
    // Medians: 1e-5 → 0.005; 1e-3 → the mid gap; 1 → 0.5.
    assertEquals(Verdict.HOLDS, histogram(9, 0, 0, 0.005).get("Δ grows with"));
    assertEquals(Verdict.FAILS, histogram(9, 0, 0, 0.005 * IN).get("Δ grows with"));
  }
}
