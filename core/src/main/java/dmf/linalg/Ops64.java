package dmf.linalg;

import dev.ludovic.netlib.blas.BLAS;
import java.util.Arrays;

/** Float64 kernels over {@code double[]}. */
public final class Ops64 implements Ops<double[]> {
  /** The single instance. */
  public static final Ops64 INSTANCE = new Ops64();

  /** From this length on, dot and axpy go through native BLAS (below it JNI overhead wins). */
  private static final int NATIVE_MIN = 512;

  private final BLAS blas = Backend.get().blas();
  private final boolean nativeBlas = Backend.get().isNative();

  private Ops64() {}

  @Override
  public Precision precision() {
    return Precision.FLOAT64;
  }

  @Override
  public double[] alloc(int n) {
    return new double[n];
  }

  @Override
  public double[] fromDoubles(double[] src) {
    return src.clone();
  }

  @Override
  public void toDoubles(double[] src, int n, double[] dst) {
    System.arraycopy(src, 0, dst, 0, n);
  }

  @Override
  public void gemm(
      boolean transA,
      boolean transB,
      int m,
      int n,
      int k,
      double alpha,
      double[] a,
      int lda,
      double[] b,
      int ldb,
      double beta,
      double[] c,
      int ldc) {
    blas.dgemm(
        transA ? "T" : "N", transB ? "T" : "N", m, n, k, alpha, a, lda, b, ldb, beta, c, ldc);
  }

  @Override
  public void gemm(
      boolean transA,
      boolean transB,
      int m,
      int n,
      int k,
      double alpha,
      double[] a,
      int aOffset,
      int lda,
      double[] b,
      int bOffset,
      int ldb,
      double beta,
      double[] c,
      int cOffset,
      int ldc) {
    blas.dgemm(
        transA ? "T" : "N",
        transB ? "T" : "N",
        m,
        n,
        k,
        alpha,
        a,
        aOffset,
        lda,
        b,
        bOffset,
        ldb,
        beta,
        c,
        cOffset,
        ldc);
  }

  @Override
  public double get(double[] x, int i) {
    return x[i];
  }

  @Override
  public void set(double[] x, int i, double v) {
    x[i] = v;
  }

  @Override
  public void gemv(
      boolean transA,
      int m,
      int n,
      double alpha,
      double[] a,
      int lda,
      double[] x,
      double beta,
      double[] y) {
    blas.dgemv(transA ? "T" : "N", m, n, alpha, a, lda, x, 1, beta, y, 1);
  }

  @Override
  public void gemv(
      boolean transA,
      int m,
      int n,
      double alpha,
      double[] a,
      int aOffset,
      int lda,
      double[] x,
      double beta,
      double[] y) {
    blas.dgemv(transA ? "T" : "N", m, n, alpha, a, aOffset, lda, x, 0, 1, beta, y, 0, 1);
  }

  @Override
  public double dot(int n, double[] x, int xo, double[] y, int yo) {
    if (nativeBlas && n >= NATIVE_MIN) {
      return blas.ddot(n, x, xo, 1, y, yo, 1);
    }
    double s0 = 0;
    double s1 = 0;
    double s2 = 0;
    double s3 = 0;
    int i = 0;
    for (; i + 3 < n; i += 4) {
      s0 += x[xo + i] * y[yo + i];
      s1 += x[xo + i + 1] * y[yo + i + 1];
      s2 += x[xo + i + 2] * y[yo + i + 2];
      s3 += x[xo + i + 3] * y[yo + i + 3];
    }
    for (; i < n; i++) {
      s0 += x[xo + i] * y[yo + i];
    }
    return (s0 + s1) + (s2 + s3);
  }

  @Override
  public double residualScatter(
      int h,
      double[] x,
      int xo,
      double[] gx,
      double[] y,
      double[] gy,
      int[] ids,
      double[] values,
      int from,
      int to,
      double scale) {
    return ResidualScatter.run(this, h, x, xo, gx, y, gy, ids, values, from, to, scale);
  }

  @Override
  public void axpy(int n, double alpha, double[] x, int xo, double[] y, int yo) {
    if (nativeBlas && n >= NATIVE_MIN) {
      blas.daxpy(n, alpha, x, xo, 1, y, yo, 1);
      return;
    }
    for (int i = 0; i < n; i++) {
      y[yo + i] += alpha * x[xo + i];
    }
  }

  @Override
  public double sumSquares(double[] x, int n) {
    return dot(n, x, 0, x, 0);
  }

  @Override
  public void scale(double[] x, int n, double alpha) {
    for (int i = 0; i < n; i++) {
      x[i] *= alpha;
    }
  }

  @Override
  public void zero(double[] x, int n) {
    Arrays.fill(x, 0, n, 0.0);
  }

  @Override
  public void zero(double[] x, int offset, int n) {
    Arrays.fill(x, offset, offset + n, 0.0);
  }

  @Override
  public void copy(double[] src, double[] dst, int n) {
    System.arraycopy(src, 0, dst, 0, n);
  }

  @Override
  public void transpose(double[] src, int rows, int cols, double[] dst) {
    Transposes.of(src, rows, cols, dst);
  }

  @Override
  public boolean allFinite(double[] x, int n) {
    double s = 0;
    for (int i = 0; i < n; i++) {
      s += x[i] * 0.0;
    }
    return s == 0.0;
  }

  @Override
  public void adam(
      int n,
      double[] p,
      double[] g,
      double[] m,
      double[] v,
      double lr,
      double beta1,
      double beta2,
      double eps,
      double c1,
      double c2) {
    for (int i = 0; i < n; i++) {
      double gi = g[i];
      m[i] = beta1 * m[i] + (1 - beta1) * gi;
      v[i] = beta2 * v[i] + (1 - beta2) * gi * gi;
      p[i] -= lr * (m[i] / c1) / (Math.sqrt(v[i] / c2) + eps);
    }
  }

  @Override
  public double scaledSquares(
      int n, double[] e, double h, double[] p, double[] q, double atol, double rtol) {
    double s = 0;
    for (int i = 0; i < n; i++) {
      double r = h * e[i] / (atol + rtol * Math.max(Math.abs(p[i]), Math.abs(q[i])));
      s += r * r;
    }
    return s;
  }

  @Override
  public void setFromDoubles(double[] src, int n, double[] dst) {
    System.arraycopy(src, 0, dst, 0, n);
  }
}
