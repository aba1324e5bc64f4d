package dmf.deep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dmf.base.RandomStreams;
import dmf.base.UserInputException;
import dmf.linalg.Mat;
import dmf.linalg.Svd;
import dmf.metrics.Balance;
import dmf.problem.Generators;
import dmf.testing.Mats;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InitializerTest {
  @ParameterizedTest(name = "orthogonal depth {0} {1}x{2}")
  @CsvSource({"2, 6, 6", "3, 8, 5", "4, 5, 9", "5, 7, 7"})
  void orthogonalIsBalanced(int depth, int rows, int cols) {
    Architecture arch = Architecture.of(rows, cols, depth, new int[0]);
    List<Mat> f =
        Initializer.create(arch, InitScheme.ORTHOGONAL, 0.3, null, RandomStreams.of(1, "init"));
    double scale = f.get(0).frobeniusNorm();
    assertTrue(Balance.deviation(f) <= 1e-12 * scale * scale, "deviation " + Balance.deviation(f));
    double h = Math.min(rows, cols);
    assertEquals(0.3 * Math.sqrt(rows * cols / h), Factors.product(f).frobeniusNorm(), 1e-12);
  }

  @ParameterizedTest(name = "balanced depth {0}")
  @CsvSource({"1", "2", "3", "4"})
  void balancedSplitReproducesTheProductAndIsBalanced(int depth) {
    Mat p = Generators.lowRankTruth(7, 5, 3, false, 4);
    Architecture arch = Architecture.of(7, 5, depth, new int[0]);
    List<Mat> f = Initializer.create(arch, InitScheme.BALANCED, 1, p, RandomStreams.of(1, "init"));
    assertTrue(Mats.maxAbs(Factors.product(f).minus(p)) <= 1e-12 * Mats.maxAbs(p));
    assertTrue(Balance.deviation(f) <= 1e-11 * p.frobeniusNorm(), "" + Balance.deviation(f));
    // Each factor carries Σ^(1/N): the hidden factors' spectra equal σ(P)^(1/N).
    if (depth >= 3) {
      double[] s = Svd.values(p);
      double[] sj = Svd.values(f.get(1));
      for (int i = 0; i < s.length; i++) {
        assertEquals(Math.pow(s[i], 1.0 / depth), sj[i], 1e-10);
      }
    }
  }

  @Test
  void gaussianHasTheOfficialScaleAndStd() {
    Architecture arch = Architecture.of(100, 100, 3, new int[0]);
    List<Mat> f =
        Initializer.create(arch, InitScheme.GAUSSIAN, 1e-3, null, RandomStreams.of(2, "init"));
    double std = Math.pow(1e-3, 1.0 / 3) / Math.sqrt(100);
    double rms = f.get(1).frobeniusNorm() / 100;
    assertEquals(std, rms, 0.03 * std);
    // The official code asserts ||W0||_F / (init_scale * sqrt(n)) in [0.8, 1.2].
    double ratio = Factors.product(f).frobeniusNorm() / (1e-3 * Math.sqrt(100));
    assertTrue(ratio > 0.8 && ratio < 1.2, "ratio " + ratio);
  }

  @Test
  void uniformHasTheGaussianVariance() {
    Architecture arch = Architecture.of(80, 80, 2, new int[0]);
    List<Mat> f =
        Initializer.create(arch, InitScheme.UNIFORM, 1e-2, null, RandomStreams.of(3, "init"));
    double std = Math.pow(1e-2, 0.5) / Math.sqrt(80);
    assertEquals(std, f.get(0).frobeniusNorm() / 80, 0.03 * std);
    assertTrue(Mats.maxAbs(f.get(0)) <= Math.sqrt(3) * std);
  }

  @Test
  void identityGivesScaledIdentityProduct() {
    Architecture arch = Architecture.of(4, 6, 3, new int[0]);
    List<Mat> f =
        Initializer.create(arch, InitScheme.IDENTITY, 1e-3, null, RandomStreams.of(3, "init"));
    Mat w = Factors.product(f);
    assertTrue(Mats.maxAbs(w.minus(Mat.eye(4, 6).scale(1e-3))) < 1e-18);
  }

  @Test
  void rejectsBadScale() {
    Architecture arch = Architecture.of(4, 4, 2, new int[0]);
    assertThrows(
        UserInputException.class,
        () -> Initializer.create(arch, InitScheme.GAUSSIAN, 0, null, RandomStreams.of(3, "init")));
  }
}
