package dmf.metrics;

import dmf.linalg.Mat;
import dmf.linalg.Svd;

/**
 * How the gradient looks in the singular basis of W: M = Uᵀ·∇ℓ(W)·V. Corollary 1 of Arora et al.
 * says the off-diagonal of M vanishes while the singular vectors are stationary, so the diagonal
 * magnitudes dominate.
 *
 * @param diagMean mean of |M_ii|
 * @param diagStd standard deviation of |M_ii|
 * @param offDiagMean mean of |M_ij|, i ≠ j
 * @param offDiagStd standard deviation of |M_ij|, i ≠ j
 */
public record Alignment(double diagMean, double diagStd, double offDiagMean, double offDiagStd) {

  /**
   * @param svd thin SVD of W, with vectors
   * @param gradient ∇ℓ(W)
   * @return the statistics of |Uᵀ∇ℓ(W)V|
   */
  public static Alignment of(Svd svd, Mat gradient) {
    Mat m = Mat.multiply(Mat.multiply(svd.u(), true, gradient, false), false, svd.vt(), true);
    int k = m.rows();
    double ds = 0;
    double ds2 = 0;
    double os = 0;
    double os2 = 0;
    for (int j = 0; j < k; j++) {
      for (int i = 0; i < k; i++) {
        double a = Math.abs(m.get(i, j));
        if (i == j) {
          ds += a;
          ds2 += a * a;
        } else {
          os += a;
          os2 += a * a;
        }
      }
    }
    long nd = k;
    long no = (long) k * k - k;
    double dm = nd == 0 ? Double.NaN : ds / nd;
    double om = no == 0 ? Double.NaN : os / no;
    return new Alignment(
        dm,
        nd == 0 ? Double.NaN : Math.sqrt(Math.max(0, ds2 / nd - dm * dm)),
        om,
        no == 0 ? Double.NaN : Math.sqrt(Math.max(0, os2 / no - om * om)));
  }
}
