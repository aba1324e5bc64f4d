package dmf.metrics;

import dmf.linalg.Mat;

/** Reconstruction errors against a known ground truth W*. */
public final class Errors {
  private Errors() {}

  /**
   * @return the test error: mean over all entries of (W − W*)²
   */
  public static double testError(Mat w, Mat truth) {
    return sumSquaredDiff(w, truth, null) / w.data().length;
  }

  /**
   * @param w the estimate
   * @param truth W*
   * @param observed column-major mask of the observed entries
   * @return the mean of (W − W*)² over the unobserved entries only (NaN when all are observed)
   */
  public static double unobservedError(Mat w, Mat truth, boolean[] observed) {
    int count = 0;
    for (boolean b : observed) {
      count += b ? 0 : 1;
    }
    return count == 0 ? Double.NaN : sumSquaredDiff(w, truth, observed) / count;
  }

  /**
   * @return ‖W − W*‖_F / ‖W*‖_F
   */
  public static double relativeFrobeniusError(Mat w, Mat truth) {
    return Math.sqrt(sumSquaredDiff(w, truth, null)) / truth.frobeniusNorm();
  }

  private static double sumSquaredDiff(Mat w, Mat truth, boolean[] skip) {
    if (w.rows() != truth.rows() || w.cols() != truth.cols()) {
      throw new IllegalArgumentException("shapes differ: " + w + " vs " + truth);
    }
    double[] a = w.data();
    double[] b = truth.data();
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      if (skip == null || !skip[i]) {
        double d = a[i] - b[i];
        s += d * d;
      }
    }
    return s;
  }
}
