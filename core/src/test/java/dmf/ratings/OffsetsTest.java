package dmf.ratings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dmf.io.data.RatingsTable;
import org.junit.jupiter.api.Test;

class OffsetsTest {
  /**
   * At the minimum of Σ (r − μ − b_u − b_i)² + λ(Σ b_u² + Σ b_i²) the gradient vanishes: for each
   * user Σ_i (r_ui − μ − b_u − b_i) = λ b_u, and the same for each item.
   */
  @Test
  void biasesAreStationaryForTheirObjective() {
    RatingsTable t = Synthetic.ratings(30, 25, 300, 2, 0.3, 4);
    for (double lambda : new double[] {0.5, 5, 50}) {
      Offsets o = Offsets.biases(t, lambda, 1000);
      double[] gu = new double[t.rows()];
      double[] gi = new double[t.cols()];
      for (int k = 0; k < t.size(); k++) {
        double e = t.ratings()[k] - o.value(t.users()[k], t.items()[k]);
        gu[t.users()[k]] += e;
        gi[t.items()[k]] += e;
      }
      for (int u = 0; u < t.rows(); u++) {
        assertEquals(lambda * o.userBias()[u], gu[u], 1e-6, "user " + u);
      }
      for (int i = 0; i < t.cols(); i++) {
        assertEquals(lambda * o.itemBias()[i], gi[i], 1e-6, "item " + i);
      }
    }
  }

  @Test
  void meanAndUnratedBiases() {
    RatingsTable t = Synthetic.ratings(30, 25, 100, 2, 0.3, 5);
    double s = 0;
    for (float r : t.ratings()) {
      s += r;
    }
    assertEquals(s / t.size(), Offsets.globalMean(t).mean(), 1e-12);
    Offsets o = Offsets.biases(t, 0, 50);
    int[] n = new int[t.cols()];
    for (int i : t.items()) {
      n[i]++;
    }
    for (int i = 0; i < t.cols(); i++) {
      if (n[i] == 0) {
        assertEquals(0.0, o.itemBias()[i], "an item without ratings has bias 0, not NaN");
      }
    }
  }
}
