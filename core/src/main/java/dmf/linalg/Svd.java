package dmf.linalg;

import org.netlib.util.intW;

/**
 * Thin singular value decomposition A = U·diag(s)·Vᵀ through LAPACK {@code dgesdd}.
 *
 * @param u m×k left singular vectors (k = min(m, n)), or null when only values were asked for
 * @param s the k singular values, descending
 * @param vt k×n right singular vectors transposed, or null when only values were asked for
 */
public record Svd(Mat u, double[] s, Mat vt) {

  /**
   * @param a the matrix (Input, not modified)
   * @return its thin SVD with vectors
   */
  public static Svd of(Mat a) {
    return compute(a, true);
  }

  /**
   * @param a the matrix (Input, not modified)
   * @return its singular values, descending
   */
  public static double[] values(Mat a) {
    return compute(a, false).s;
  }

  /**
   * @return V (n×k), the right singular vectors as columns
   */
  public Mat v() {
    return vt.transpose();
  }

  private static Svd compute(Mat a, boolean vectors) {
    int m = a.rows();
    int n = a.cols();
    int k = Math.min(m, n);
    if (k == 0) {
      return new Svd(
          vectors ? Mat.zeros(m, 0) : null, new double[0], vectors ? Mat.zeros(0, n) : null);
    }
    if (!a.isFinite()) {
      throw new ArithmeticException("SVD of a matrix with NaN or Inf entries");
    }
    double[] work = a.data().clone();
    double[] s = new double[k];
    String jobz = vectors ? "S" : "N";
    double[] u = vectors ? new double[m * k] : new double[1];
    double[] vt = vectors ? new double[k * n] : new double[1];
    int ldu = vectors ? m : 1;
    int ldvt = vectors ? k : 1;
    int[] iwork = new int[8 * k];
    intW info = new intW(0);
    double[] query = new double[1];
    Backend.get().lapack().dgesdd(jobz, m, n, work, m, s, u, ldu, vt, ldvt, query, -1, iwork, info);
    int lwork = Math.max(1, (int) query[0]);
    double[] ws = new double[lwork];
    Backend.get().lapack().dgesdd(jobz, m, n, work, m, s, u, ldu, vt, ldvt, ws, lwork, iwork, info);
    if (info.val != 0) {
      throw new ArithmeticException("dgesdd failed to converge (info=" + info.val + ")");
    }
    return new Svd(vectors ? new Mat(m, k, u) : null, s, vectors ? new Mat(k, n, vt) : null);
  }
}
