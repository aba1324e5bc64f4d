package dmf.metrics;

import dmf.linalg.FactoredMatrix;
import dmf.linalg.LowRank;
import dmf.linalg.Mat;
import dmf.problem.CompletionProblem;
import dmf.problem.Observations;
import dmf.problem.Problem;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The errors of {@link Errors} for a W held by its factors, W never formed: against a dense W*
 * column by column (O(rows) memory), against a low-rank W* exactly through thin QRs, and on
 * held-out entries one prediction each.
 */
public final class FactoredErrors {
  private FactoredErrors() {}

  /**
   * @param w the estimate
   * @param problem the problem (Input, not modified)
   * @return test_error, unobserved_error and relative_error when W* is known (dense or low-rank),
   *     heldout_rmse when the problem holds held-out entries; nothing else
   */
  public static Map<String, Double> of(FactoredMatrix w, Problem problem) {
    Map<String, Double> m = new LinkedHashMap<>();
    CompletionProblem c = problem instanceof CompletionProblem cp ? cp : null;
    if (problem.groundTruth().isPresent()) {
      dense(w, problem.groundTruth().get(), c, m);
    } else if (c != null && c.truthFactors().isPresent()) {
      lowRank(w, c.truthFactors().get(), c, m);
    }
    if (c != null && c.heldOut().isPresent()) {
      m.put("heldout_rmse", rmse(w, c.heldOut().get()));
    }
    return m;
  }

  /**
   * @param w the estimate
   * @param o entries (i, j, b)
   * @return √(mean over the entries of (W_ij − b)²)
   */
  public static double rmse(FactoredMatrix w, Observations o) {
    double s = 0;
    for (int k = 0; k < o.size(); k++) {
      double e = w.get(o.row(k), o.col(k)) - o.value(k);
      s += e * e;
    }
    return Math.sqrt(s / o.size());
  }

  private static void dense(FactoredMatrix w, Mat t, CompletionProblem c, Map<String, Double> m) {
    boolean[] observed = c == null ? null : c.observedMask();
    int rows = t.rows();
    double all = 0;
    double unobserved = 0;
    int count = 0;
    for (int j = 0; j < t.cols(); j++) {
      double[] col = w.column(j);
      for (int i = 0; i < rows; i++) {
        double d = col[i] - t.get(i, j);
        all += d * d;
        if (observed != null && !observed[i + j * rows]) {
          unobserved += d * d;
          count++;
        }
      }
    }
    m.put("test_error", all / ((double) rows * t.cols()));
    if (observed != null) {
      m.put("unobserved_error", count == 0 ? Double.NaN : unobserved / count);
    }
    m.put("relative_error", Math.sqrt(all) / t.frobeniusNorm());
  }

  private static void lowRank(
      FactoredMatrix w, LowRank t, CompletionProblem c, Map<String, Double> m) {
    double dist = w.distanceTo(t);
    double all = dist * dist;
    double entries = (double) t.rows() * t.cols();
    Observations o = c.observations();
    double seen = 0;
    for (int k = 0; k < o.size(); k++) {
      double d = w.get(o.row(k), o.col(k)) - t.get(o.row(k), o.col(k));
      seen += d * d;
    }
    m.put("test_error", all / entries);
    double rest = entries - o.size();
    m.put("unobserved_error", rest == 0 ? Double.NaN : Math.max(0, all - seen) / rest);
    m.put("relative_error", dist / t.frobeniusNorm());
  }
}
