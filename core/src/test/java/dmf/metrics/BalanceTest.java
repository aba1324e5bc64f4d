package dmf.metrics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dmf.linalg.Mat;
import dmf.linalg.Svd;
import dmf.testing.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

class BalanceTest {

  @Test
  void exactSmallCase() {
    // W1 = diag(1, 2), W2 = I: W2ᵀW2 − W1W1ᵀ = diag(0, −3); W3 = 2I: W3ᵀW3 − W2W2ᵀ = 3I, norm 3√2.
    Mat w1 = Mat.diag(1, 2);
    Mat w2 = Mat.identity(2);
    Mat w3 = Mat.identity(2).scale(2);
    assertEquals(3, Balance.deviation(List.of(w1, w2)), 1e-15);
    assertEquals(3 * Math.sqrt(2), Balance.deviation(List.of(w1, w2, w3)), 1e-15);
    assertEquals(0, Balance.deviation(List.of(w1)));
    assertEquals(0, Balance.deviation(List.of()));
  }

  @Test
  void aBalancedFactorizationOfAnyShapeHasDeviationZero() {
    // W = U·S·Vᵀ split as W1 = S^{1/3}·Vᵀ, W2 = S^{1/3}, W3 = U·S^{1/3}: every WⱼᵀWⱼ = WⱼWⱼᵀ =
    // S^{2/3}.
    for (int[] shape : new int[][] {{5, 3}, {3, 5}, {4, 4}, {1, 6}}) {
      Mat w = Fixtures.gaussian(shape[0], shape[1], shape[0] + 10L * shape[1]);
      Svd svd = Svd.of(w);
      double[] root = svd.s().clone();
      for (int i = 0; i < root.length; i++) {
        root[i] = Math.cbrt(root[i]);
      }
      Mat w1 = svd.vt().transpose().scaleColumns(root).transpose();
      Mat w2 = Mat.diag(root);
      Mat w3 = svd.u().scaleColumns(root);
      List<Mat> factors = List.of(w1, w2, w3);
      double[][] before = {w1.data().clone(), w2.data().clone(), w3.data().clone()};
      assertEquals(0, Balance.deviation(factors), 1e-12);
      Fixtures.assertClose(w, w3.times(w2).times(w1), 1e-12, "product");
      assertArrayEquals(before[0], w1.data());
      assertArrayEquals(before[2], w3.data());
      // Scaling one factor by c and the next by 1/c keeps the product but unbalances it.
      List<Mat> skewed = List.of(w1.scale(2), w2.scale(0.5), w3);
      assertTrue(Balance.deviation(skewed) > 0.1);
    }
  }
}
