package dmf.paper.arora;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dmf.io.store.MetricRow;
import dmf.io.store.RunRow;
import dmf.paper.Claim;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Figure 3's verdicts follow the logged trajectories, not the text. */
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

  static Map<String, String> verdicts(double[] widths, double[] tails, double diag) {
    List<RunRow> runs = new ArrayList<>();
    Map<String, List<MetricRow>> metrics = new LinkedHashMap<>();
    for (int d = 1; d <= 3; d++) {
      Map<String, Object> s = new LinkedHashMap<>();
      s.put("kind", "completion");
      s.put("depth", d);
      String id = "run" + d;
      runs.add(new RunRow(id, "fig3", RunRow.COMPLETED, s, Map.of(), Map.of(), ""));
      metrics.put(id, trajectories(widths[d - 1], tails[d - 1], diag));
    }
    Map<String, String> out = new LinkedHashMap<>();
    for (Claim c : new DynamicsFigure(null).claims(runs, metrics::get)) {
      out.put(c.statement().replaceAll(" \\(.*", ""), c.verdict());
    }
    return out;
  }

  /** The three synthetic claims of the report, without their evidence. */
  static final List<String> CLAIMS =
      List.of(
          "synthetic: deeper gives a larger gap σ5/σ6 at the end",
          "synthetic: deeper gives sharper transitions",
          "synthetic, depth 2: the diagonal of Uᵀ∇ℓ(W)V dominates the off-diagonal while the singular "
              + "vectors move");

  static void assertAll(String verdict, Map<String, String> verdicts) {
    for (String claim : CLAIMS) {
      assertEquals(verdict, verdicts.get(claim), claim);
    }
  }

  @Test
  void sharperAndWiderGapWithDepthHolds() {
    assertAll("holds", verdicts(new double[] {200, 60, 15}, new double[] {1, 0.1, 0.01}, 8));
  }

  @Test
  void reversedTrajectoriesFail() {
    assertAll("fails", verdicts(new double[] {15, 60, 200}, new double[] {0.01, 0.1, 1}, 1));
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
    assertEquals(0.0, DynamicsFigure.transitionWidth(s, 1), 1e-12);
    s.put("sv_1", ramp);
    assertEquals(80.0 / 90.0, DynamicsFigure.transitionWidth(s, 1), 1e-12);
  }
}
