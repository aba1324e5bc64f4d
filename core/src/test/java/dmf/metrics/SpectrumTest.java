package dmf.metrics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dmf.linalg.Mat;
import dmf.linalg.Svd;
import dmf.testing.Fixtures;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class SpectrumTest {

  @Test
  void nuclearNormIsTheSumOfSingularValues() {
    assertEquals(6, Spectrum.nuclearNorm(new double[] {3, 2, 1}));
    assertEquals(0, Spectrum.nuclearNorm(new double[0]));
    for (int n = 1; n <= 7; n++) {
      Mat a = Fixtures.gaussian(n, n + 2, n);
      double[] s = Svd.values(a);
      double nuc = Spectrum.nuclearNorm(s);
      // ‖A‖_2 ≤ ‖A‖_F ≤ ‖A‖_* ≤ √rank·‖A‖_F
      assertTrue(s[0] <= a.frobeniusNorm() + 1e-12);
      assertTrue(a.frobeniusNorm() <= nuc + 1e-12);
      assertTrue(nuc <= Math.sqrt(n) * a.frobeniusNorm() + 1e-12);
    }
    // The nuclear norm of a PSD matrix is its trace.
    Mat g = Fixtures.gaussian(5, 3, 9);
    Mat psd = Mat.multiply(g, false, g, true);
    assertEquals(psd.trace(), Spectrum.nuclearNorm(Svd.values(psd)), 1e-12);
  }

  @Test
  void effectiveRankFollowsRoyAndVetterli() {
    // k equal values: p_i = 1/k, H = log k, exp(H) = k.
    for (int k = 1; k <= 7; k++) {
      double[] s = new double[k + 2];
      Arrays.fill(s, 0, k, 0.3);
      assertEquals(k, Spectrum.effectiveRank(s), 1e-12, "k=" + k);
    }
    // p = (1/2, 1/4, 1/4): H = ½·log 2 + ½·log 4 = (3/2)·log 2, exp(H) = 2√2.
    assertEquals(2 * Math.sqrt(2), Spectrum.effectiveRank(new double[] {2, 1, 1}), 1e-14);
    assertEquals(1, Spectrum.effectiveRank(new double[] {5, 0, 0}));
    assertEquals(0, Spectrum.effectiveRank(new double[] {0, 0}));
    assertEquals(0, Spectrum.effectiveRank(new double[0]));
  }

  @Test
  void effectiveRankIsScaleInvariantBoundedAndMatchesTheOfficialNotebook() {
    double[] s = Svd.values(Fixtures.gaussian(6, 6, 2));
    double e = Spectrum.effectiveRank(s);
    assertTrue(e >= 1 && e <= s.length, "erank " + e);
    double[] scaled = s.clone();
    for (int i = 0; i < s.length; i++) {
      scaled[i] *= 1e-3;
    }
    assertEquals(e, Spectrum.effectiveRank(scaled), 1e-12);
    // The notebook of Arora et al. computes exp(−Σ p_i·log(p_i + 1e-10)).
    double total = Spectrum.nuclearNorm(s);
    double h = 0;
    for (double v : s) {
      h -= (v / total) * Math.log(v / total + 1e-10);
    }
    assertEquals(Math.exp(h), e, 1e-8);
  }

  @Test
  void schattenNormsAndPowers() {
    double[] s = {4, 3, 0};
    assertEquals(25, Spectrum.schattenPower(s, 2), 1e-12);
    assertEquals(5, Spectrum.schattenNorm(s, 2), 1e-12); // p = 2 is the Frobenius norm
    assertEquals(7, Spectrum.schattenNorm(s, 1), 1e-12); // p = 1 is the nuclear norm
    // p = 2/3 (depth 3 of the official Schatten_norm): 8^(2/3) + 1 = 5, and 5^(3/2) as the norm.
    assertEquals(5, Spectrum.schattenPower(new double[] {8, 1}, 2.0 / 3), 1e-12);
    assertEquals(Math.pow(5, 1.5), Spectrum.schattenNorm(new double[] {8, 1}, 2.0 / 3), 1e-12);
    // Large p tends to the spectral norm; zeros contribute nothing for any p > 0.
    assertEquals(4, Spectrum.schattenNorm(s, 200), 1e-2);
    assertEquals(2, Spectrum.schattenPower(new double[] {1, 1, 0, 0}, 0.1), 1e-15);
    Mat a = Fixtures.gaussian(4, 6, 3);
    assertEquals(a.frobeniusNorm(), Spectrum.schattenNorm(Svd.values(a), 2), 1e-12);
  }

  @Test
  void topTakesTheLeadingValuesAndLeavesItsInput() {
    double[] s = {5, 4, 3};
    assertArrayEquals(new double[] {5, 4}, Spectrum.top(s, 2));
    assertArrayEquals(new double[] {5, 4, 3}, Spectrum.top(s, 10));
    assertArrayEquals(new double[0], Spectrum.top(s, 0));
    double[] t = Spectrum.top(s, 3);
    t[0] = -1;
    assertArrayEquals(new double[] {5, 4, 3}, s);
  }
}
