package dmf.deep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dmf.metrics.RunSummary;
import dmf.problem.CompletionProblem;
import dmf.problem.Generators;
import dmf.problem.IterationRecord;
import dmf.problem.SolveObserver;
import dmf.problem.SolverResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The factored path (metrics from the factors, a result without W) gives the numbers of the dense
 * path: rank-5 100×100 completion from 2000 entries, depth 3, float64, GroupRMSprop, the same
 * start, 1,000 iterations; every logged metric and every summary field to 1e-10 relative (the
 * factored path leaves out only the alignment statistics, which need the dense gradient).
 */
class FactoredPathTest {
  private static final double TOL = 1e-10;

  private record Run(List<IterationRecord> records, SolverResult result) {}

  private static Run run(CompletionProblem p, MetricsLevel level) {
    TrainingConfig c =
        TrainingConfig.defaults()
            .with(TrainingSettings.MAX_ITERS, 1000L)
            .with(TrainingSettings.LOG_EVERY, 100L)
            .with(TrainingSettings.METRICS, level);
    List<IterationRecord> records = new ArrayList<>();
    SolveObserver keep =
        new SolveObserver() {
          @Override
          public void onRecord(IterationRecord r) {
            records.add(r);
          }
        };
    return new Run(records, new DeepMatrixFactorization(c).solve(p, keep));
  }

  @Test
  void factoredEqualsDense() {
    CompletionProblem p =
        Generators.completion(Generators.lowRankTruth(100, 100, 5, false, 0), 2000, 0);
    Run dense = run(p, MetricsLevel.FULL);
    Run factored = run(p, MetricsLevel.FACTORED);
    assertTrue(dense.result().formed().isPresent());
    assertTrue(factored.result().formed().isEmpty(), "the factored result holds no W");
    assertEquals(dense.records().size(), factored.records().size());
    int compared = 0;
    for (int i = 0; i < dense.records().size(); i++) {
      Map<String, Double> d = dense.records().get(i).scalars();
      Map<String, Double> f = factored.records().get(i).scalars();
      for (Map.Entry<String, Double> e : f.entrySet()) {
        assertTrue(d.containsKey(e.getKey()), "dense path lacks " + e.getKey());
        close(d.get(e.getKey()), e.getValue(), e.getKey() + " at record " + i);
        compared++;
      }
    }
    assertTrue(compared > 200, compared + " values compared");
    Map<String, Object> sd = RunSummary.of(p, dense.result(), 10);
    Map<String, Object> sf = RunSummary.of(p, factored.result(), 10);
    for (String k : sd.keySet()) {
      assertTrue(sf.containsKey(k) || k.startsWith("align_"), "factored summary lacks " + k);
    }
    for (String k : sf.keySet()) {
      if (k.equals("seconds")) {
        continue;
      }
      Object a = sd.get(k);
      Object b = sf.get(k);
      if (a instanceof double[] x) {
        double[] y = (double[]) b;
        assertEquals(x.length, y.length, k);
        for (int i = 0; i < x.length; i++) {
          close(x[i], y[i], k + "[" + i + "]");
        }
      } else if (a instanceof Double x) {
        close(x, (Double) b, k);
      } else {
        assertEquals(a, b, k);
      }
    }
  }

  private static void close(double a, double b, String what) {
    if (Double.isNaN(a)) {
      assertTrue(Double.isNaN(b), what);
      return;
    }
    assertEquals(
        a, b, TOL * Math.max(Math.abs(a), Double.MIN_NORMAL), what + ": " + a + " vs " + b);
  }
}
