package dmf.metrics;

import dmf.linalg.Mat;
import java.util.List;

/** Balancedness of a factorization W = W_N⋯W_1. */
public final class Balance {
  private Balance() {}

  /**
   * @param factors W_1..W_N, W_j of shape d_j×d_{j−1}
   * @return max_j ‖W_{j+1}ᵀW_{j+1} − W_jW_jᵀ‖_F (0 for depth 1)
   */
  public static double deviation(List<Mat> factors) {
    double worst = 0;
    for (int j = 0; j + 1 < factors.size(); j++) {
      Mat next = factors.get(j + 1);
      Mat cur = factors.get(j);
      Mat a = Mat.multiply(next, true, next, false);
      Mat b = Mat.multiply(cur, false, cur, true);
      worst = Math.max(worst, a.minus(b).frobeniusNorm());
    }
    return worst;
  }
}
