package dmf.paper.arora;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dmf.io.store.MetricRow;
import dmf.io.store.RunRow;
import dmf.paper.Checks;
import dmf.paper.Claim;
import dmf.paper.Fmt;
import dmf.paper.Sample;
import dmf.paper.Verdict;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Figure 3's verdicts follow the logged trajectories, by depth, not the text or the run order. */
class DynamicsClaimsTest {

  /** σ_k(t) = top_k / (1 + exp(−(t − t_k)/width)); σ6 ends at tail. */
  static List<MetricRow> trajectories(double width, double tail, double diagOverOff) {
    List<MetricRow> m = new ArrayList<>();
    for (long t = 0; t <= 2000; t += 50) {
      for (int k = 1; k <= 6; k++) {
        double end = k <= 5 ? 10.0 - k : tail;
        double mid = 200.0 * k;
        m.add(new MetricRow(t, "sv_" + k, end / (1 + Math.exp(-(t - mid) / width))));
      }
      m.add(new MetricRow(t, "align_diag_mean", diagOverOff));
      m.add(new MetricRow(t, "align_offdiag_mean", 1.0));
    }
    return m;
  }

  /** Runs stored deepest first, so an order-dependent check would see depth 3 before depth 1. */
  static Map<String, Verdict> verdicts(double[] widths, double[] tails, double diag) {
    List<RunRow> runs = new ArrayList<>();
    Map<String, List<MetricRow>> metrics = new LinkedHashMap<>();
    for (int d = 3; d >= 1; d--) {
      Map<String, Object> s = new LinkedHashMap<>();
      s.put("kind", "completion");
      s.put("depth", d);
      String id = "run" + d;
      runs.add(new RunRow(id, "fig3", RunRow.COMPLETED, s, Map.of(), Map.of(), ""));
      metrics.put(id, trajectories(widths[d - 1], tails[d - 1], diag));
    }
    Map<String, Verdict> out = new LinkedHashMap<>();
    for (Claim c : new DynamicsFigure(null).claims(runs, metrics::get)) {
      out.put(c.statement().replaceAll(" \\(.*", ""), c.verdict());
    }
    return out;
  }

  static final String GAP = "synthetic: deeper gives a larger gap σ₅/σ₆ at the end";
  static final String SHARP = "synthetic: deeper gives sharper transitions";
  static final String DIAG =
      "synthetic, depth 2: the diagonal of Uᵀ∇ℓ(W)V dominates the off-diagonal while the singular "
          + "vectors move";

  static void assertAll(Verdict verdict, Map<String, Verdict> verdicts) {
    for (String claim : List.of(GAP, SHARP, DIAG)) {
      assertEquals(verdict, verdicts.get(claim), claim);
    }
  }

  @Test
  void sharperAndWiderGapWithDepthHolds() {
    assertAll(Verdict.HOLDS, verdicts(new double[] {200, 60, 15}, new double[] {1, 0.1, 0.01}, 12));
  }

  @Test
  void reversedTrajectoriesFail() {
    assertAll(Verdict.FAILS, verdicts(new double[] {15, 60, 200}, new double[] {0.01, 0.1, 1}, 1));
  }

  @Test
  void gapMarginIsAFactorOfTwoPerDepth() {
    // σ5 ends at 5, so the gap is 5/tail: halving the tail doubles it (equal widths, so the
    // logged ends carry the same factor at every depth).
    double[] w = {15, 15, 15};
    double in = 1 - 1e-6;
    double out = 1 + 1e-6;
    assertEquals(
        Verdict.HOLDS, verdicts(w, new double[] {1, 0.5 * in, 0.25 * in * in}, 12).get(GAP));
    assertEquals(Verdict.FAILS, verdicts(w, new double[] {1, 0.5 * in, 0.25 * out}, 12).get(GAP));
  }

  @Test
  void diagonalMarginIsOneDecade() {
    double[] w = {200, 60, 15};
    double[] t = {1, 0.1, 0.01};
    assertEquals(Verdict.HOLDS, verdicts(w, t, 10).get(DIAG));
    assertEquals(Verdict.FAILS, verdicts(w, t, 10 * (1 - 1e-9)).get(DIAG));
  }

  @Test
  void sharperMarginIsAFifthLessRiseTimePerDepth() {
    List<Sample> in = List.of(Sample.of("1", 0.5), Sample.of("2", 0.4), Sample.of("3", 0.32));
    List<Sample> out = List.of(Sample.of("1", 0.5), Sample.of("2", 0.4), Sample.of("3", 0.3201));
    assertEquals(Verdict.HOLDS, Checks.trend("", in, false, Margins.SHARPER, Fmt::num).verdict());
    assertEquals(Verdict.FAILS, Checks.trend("", out, false, Margins.SHARPER, Fmt::num).verdict());
  }

  @Test
  void flatTrajectoriesAreInconclusive() {
    // No singular value rises to 90% of a positive end value: no transition to time.
    Map<String, TreeMap<Long, Double>> s = new LinkedHashMap<>();
    TreeMap<Long, Double> zero = new TreeMap<>(Map.of(0L, 0.0, 100L, 0.0));
    s.put("sv_1", zero);
    assertEquals(Double.NaN, DynamicsClaims.transitionWidth(s, 1));
  }

  @Test
  void transitionWidthOfAStepIsZero() {
    Map<String, TreeMap<Long, Double>> s = new LinkedHashMap<>();
    TreeMap<Long, Double> step = new TreeMap<>();
    TreeMap<Long, Double> ramp = new TreeMap<>();
    for (long t = 0; t <= 100; t += 10) {
      step.put(t, t < 50 ? 0.0 : 1.0);
      ramp.put(t, t / 100.0);
    }
    s.put("sv_1", step);
    assertEquals(0.0, DynamicsClaims.transitionWidth(s, 1), 1e-12);
    s.put("sv_1", ramp);
    assertEquals(80.0 / 90.0, DynamicsClaims.transitionWidth(s, 1), 1e-12);
  }
}
