package dmf.linalg;

import java.util.function.DoubleUnaryOperator;
import org.netlib.util.intW;

/**
 * Eigendecomposition A = Q·diag(λ)·Qᵀ of a symmetric matrix through LAPACK {@code dsyevd}.
 *
 * @param values eigenvalues, ascending
 * @param vectors orthonormal eigenvectors as columns, or null when only values were asked for
 */
public record SymEig(double[] values, Mat vectors) {

  /**
   * @param a a symmetric matrix (Input, not modified; only its lower triangle is read)
   * @return eigenvalues (ascending) and eigenvectors
   */
  public static SymEig of(Mat a) {
    return compute(a, true);
  }

  /**
   * @param a a symmetric matrix (Input, not modified)
   * @return its eigenvalues, ascending
   */
  public static double[] values(Mat a) {
    return compute(a, false).values;
  }

  /**
   * @param f applied to each eigenvalue
   * @return Q·diag(f(λ))·Qᵀ (needs the vectors)
   */
  public Mat apply(DoubleUnaryOperator f) {
    return Mat.multiply(vectors.scaleColumns(map(f)), false, vectors, true);
  }

  /**
   * @param f applied to each eigenvalue
   * @return f(λ_1), …, f(λ_n), in the order of {@link #values()}
   */
  public double[] map(DoubleUnaryOperator f) {
    double[] out = new double[values.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = f.applyAsDouble(values[i]);
    }
    return out;
  }

  private static SymEig compute(Mat a, boolean vectors) {
    int n = a.rows();
    if (n != a.cols()) {
      throw new IllegalArgumentException("not square: " + n + "x" + a.cols());
    }
    if (n == 0) {
      return new SymEig(new double[0], vectors ? Mat.zeros(0, 0) : null);
    }
    if (!a.isFinite()) {
      throw new ArithmeticException("eigendecomposition of a matrix with NaN or Inf entries");
    }
    double[] w = a.data().clone();
    double[] lambda = new double[n];
    String jobz = vectors ? "V" : "N";
    intW info = new intW(0);
    double[] wq = new double[1];
    int[] iq = new int[1];
    Backend.get().lapack().dsyevd(jobz, "L", n, w, n, lambda, wq, -1, iq, -1, info);
    double[] work = new double[Math.max(1, (int) wq[0])];
    int[] iwork = new int[Math.max(1, iq[0])];
    Backend.get()
        .lapack()
        .dsyevd(jobz, "L", n, w, n, lambda, work, work.length, iwork, iwork.length, info);
    if (info.val != 0) {
      throw new ArithmeticException("dsyevd failed to converge (info=" + info.val + ")");
    }
    return new SymEig(lambda, vectors ? new Mat(n, n, w) : null);
  }
}
