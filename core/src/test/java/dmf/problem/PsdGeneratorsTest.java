package dmf.problem;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dmf.base.UserInputException;
import dmf.linalg.Mat;
import dmf.linalg.SymEig;
import dmf.testing.Mats;
import org.junit.jupiter.api.Test;

class PsdGeneratorsTest {

  @Test
  void plantedLowRankIsUnitNormPsdOfTheRightRank() {
    Mat x = PsdGenerators.plantedLowRank(10, 2, 31);
    assertEquals(1, x.frobeniusNorm(), 1e-14);
    assertEquals(0, Mats.maxAbs(x.minus(x.transpose())), 0);
    double[] ev = SymEig.values(x); // ascending
    for (int i = 0; i < 8; i++) {
      assertEquals(0, ev[i], 1e-14);
    }
    assertTrue(ev[8] > 1e-3);
    assertEquals(x, PsdGenerators.plantedLowRank(10, 2, 31));
    assertThrows(UserInputException.class, () -> PsdGenerators.plantedLowRank(3, 4, 1));
  }

  @Test
  void decayingSpectrumHasNuclearToFrobeniusRatioSqrt2() {
    for (int n : new int[] {3, 10, 50}) {
      Mat x = PsdGenerators.decayingSpectrum(n, 32);
      double[] ev = SymEig.values(x);
      double nuclear = 0;
      for (double v : ev) {
        assertTrue(v > 0);
        nuclear += v;
      }
      assertEquals(1, x.frobeniusNorm(), 1e-13);
      assertEquals(Math.sqrt(2), nuclear / x.frobeniusNorm(), 1e-10, "n=" + n);
    }
    // λ_k = s/(k + c)^1.5 ⇔ λ_k^(−1/1.5) is affine in k
    double[] l = PsdGenerators.decayingEigenvalues(10, 1.5, 2);
    double[] z = new double[10];
    for (int k = 0; k < 10; k++) {
      z[k] = Math.pow(l[k], -1 / 1.5);
    }
    for (int k = 2; k < 10; k++) {
      assertEquals(z[1] - z[0], z[k] - z[k - 1], 1e-10 * z[9]);
    }
    assertThrows(UserInputException.class, () -> PsdGenerators.decayingSpectrum(2, 1));
  }

  @Test
  void symmetricGaussianSensingMeasuresTheTruth() {
    Mat x = PsdGenerators.plantedLowRank(5, 2, 33);
    SensingProblem p = PsdGenerators.symmetricGaussianSensing(x, 400, 33);
    double sumSq = 0;
    for (int k = 0; k < 400; k++) {
      Mat a = p.measurement(k);
      assertEquals(0, Mats.maxAbs(a.minus(a.transpose())), 0);
      assertEquals(a.dot(x), p.y()[k], 1e-12);
      sumSq += a.get(0, 0) * a.get(0, 0);
    }
    assertEquals(1.0, sumSq / 400, 0.2); // diagonal entries ~ N(0, 1), not scaled by 1/n
    assertArrayEquals(p.y(), PsdGenerators.symmetricGaussianSensing(x, 400, 33).y());
    assertTrue(p.truth() == x);
  }
}
