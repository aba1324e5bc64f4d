package dmf.linalg;

import java.util.Arrays;
import org.netlib.util.intW;

/**
 * Thin QR decomposition A = Q·R through LAPACK {@code dgeqrf}/{@code dorgqr}: for m×n A and p =
 * min(m, n), Q is m×p with orthonormal columns and R is p×n upper trapezoidal. Costs O(m·n·p).
 *
 * @param q Q, m×p, or null when only R was asked for
 * @param r R, p×n
 */
public record Qr(Mat q, Mat r) {

  /**
   * @param a the matrix (Input, not modified)
   * @return its thin QR with Q
   */
  public static Qr of(Mat a) {
    return compute(a, true);
  }

  /**
   * @param a the matrix (Input, not modified)
   * @return R of its thin QR (Q is not formed)
   */
  public static Qr ofR(Mat a) {
    return compute(a, false);
  }

  private static Qr compute(Mat a, boolean withQ) {
    int m = a.rows();
    int n = a.cols();
    int p = Math.min(m, n);
    if (!a.isFinite()) {
      throw new ArithmeticException("QR of a matrix with NaN or Inf entries");
    }
    if (p == 0) {
      return new Qr(withQ ? Mat.zeros(m, 0) : null, Mat.zeros(0, n));
    }
    double[] work = a.data().clone();
    double[] tau = new double[p];
    intW info = new intW(0);
    double[] query = new double[1];
    Backend.get().lapack().dgeqrf(m, n, work, m, tau, query, -1, info);
    double[] ws = new double[Math.max(1, (int) query[0])];
    Backend.get().lapack().dgeqrf(m, n, work, m, tau, ws, ws.length, info);
    if (info.val != 0) {
      throw new ArithmeticException("dgeqrf failed (info=" + info.val + ")");
    }
    double[] r = new double[p * n];
    for (int j = 0; j < n; j++) {
      for (int i = 0; i <= Math.min(j, p - 1); i++) {
        r[i + j * p] = work[i + j * m];
      }
    }
    if (!withQ) {
      return new Qr(null, new Mat(p, n, r));
    }
    Backend.get().lapack().dorgqr(m, p, p, work, m, tau, query, -1, info);
    ws = new double[Math.max(1, (int) query[0])];
    Backend.get().lapack().dorgqr(m, p, p, work, m, tau, ws, ws.length, info);
    if (info.val != 0) {
      throw new ArithmeticException("dorgqr failed (info=" + info.val + ")");
    }
    double[] q = work.length == m * p ? work : Arrays.copyOf(work, m * p);
    return new Qr(new Mat(m, p, q), new Mat(p, n, r));
  }
}
