package dmf.baseline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dmf.linalg.Mat;
import dmf.problem.CompletionProblem;
import dmf.problem.Generators;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BiasedAlsTest {
  static final Mat TRUTH = Generators.lowRankTruth(25, 20, 2, false, 5);
  static final CompletionProblem P = Generators.completion(TRUTH, 350, 5);

  static double[] shifted() {
    double[] v = P.values().clone();
    for (int k = 0; k < v.length; k++) {
      v[k] += 3 + 0.1 * P.rowIdx()[k] - 0.05 * P.colIdx()[k];
    }
    return v;
  }

  /** Each half-sweep minimizes exactly over one side, so the objective never rises. */
  @Test
  void everySweepLowersTheWeightedObjective() {
    BiasedAls als = new BiasedAls(25, 20, P.rowIdx(), P.colIdx(), shifted());
    List<Double> obj = new ArrayList<>();
    als.fit(
        3,
        0.05,
        true,
        true,
        15,
        2,
        (s, st) -> {
          obj.add(als.objective(st, 0.05, true));
          return false;
        });
    assertEquals(15, obj.size());
    for (int s = 1; s < obj.size(); s++) {
      assertTrue(obj.get(s) <= obj.get(s - 1) * (1 + 1e-12), "sweep " + s + ": " + obj);
    }
  }

  /**
   * After a sweep the column side was solved last: for each column j the gradient in (v_j, γ_j)
   * vanishes, Σ_i e_ij·(u_i, 1) + λ·c_j·(v_j, γ_j) = 0 with e the residual.
   */
  @Test
  void columnsAreStationaryAfterASweep() {
    double[] v = shifted();
    BiasedAls als = new BiasedAls(25, 20, P.rowIdx(), P.colIdx(), v);
    double lambda = 0.1;
    BiasedAls.State s = als.fit(3, lambda, true, true, 4, 0, (k, st) -> false);
    int k = 3;
    double[][] g = new double[20][k + 1];
    int[] c = new int[20];
    for (int t = 0; t < v.length; t++) {
      int i = P.rowIdx()[t];
      int j = P.colIdx()[t];
      double e = BiasedAls.predict(s, i, j) - v[t];
      for (int q = 0; q < k; q++) {
        g[j][q] += e * s.u().get(q, i);
      }
      g[j][k] += e;
      c[j]++;
    }
    for (int j = 0; j < 20; j++) {
      for (int q = 0; q < k; q++) {
        assertEquals(0, g[j][q] + lambda * c[j] * s.v().get(q, j), 1e-9, "column " + j);
      }
      assertEquals(0, g[j][k] + lambda * c[j] * s.colBias()[j], 1e-9, "bias of column " + j);
    }
  }

  @Test
  void recoversAShiftedLowRankMatrixWithBiases() {
    double[] v = shifted();
    BiasedAls als = new BiasedAls(25, 20, P.rowIdx(), P.colIdx(), v);
    BiasedAls.State s = als.fit(2, 1e-9, true, true, 300, 1, (k, st) -> false);
    double err = 0;
    double norm = 0;
    for (int i = 0; i < 25; i++) {
      for (int j = 0; j < 20; j++) {
        double want = TRUTH.get(i, j) + 3 + 0.1 * i - 0.05 * j;
        err += Math.pow(BiasedAls.predict(s, i, j) - want, 2);
        norm += want * want;
      }
    }
    assertTrue(Math.sqrt(err / norm) < 1e-3, "relative error " + Math.sqrt(err / norm));
  }
}
