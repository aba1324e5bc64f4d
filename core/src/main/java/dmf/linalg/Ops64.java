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
    double loss = 0;
    int e = from;
    for (; e + 1 < to; e += 2) {
      int y1 = ids[e] * h;
      int y2 = ids[e + 1] * h;
      double a0 = 0;
      double a1 = 0;
      double a2 = 0;
      double a3 = 0;
      double b0 = 0;
      double b1 = 0;
      double b2 = 0;
      double b3 = 0;
      int p = 0;
      for (; p + 3 < h; p += 4) {
        double x0 = x[xo + p];
        double x1 = x[xo + p + 1];
        double x2 = x[xo + p + 2];
        double x3 = x[xo + p + 3];
        a0 += x0 * y[y1 + p];
        a1 += x1 * y[y1 + p + 1];
        a2 += x2 * y[y1 + p + 2];
        a3 += x3 * y[y1 + p + 3];
        b0 += x0 * y[y2 + p];
        b1 += x1 * y[y2 + p + 1];
        b2 += x2 * y[y2 + p + 2];
        b3 += x3 * y[y2 + p + 3];
      }
      for (; p < h; p++) {
        a0 += x[xo + p] * y[y1 + p];
        b0 += x[xo + p] * y[y2 + p];
      }
      double r1 = ((a0 + a1) + (a2 + a3)) - values[e];
      double r2 = ((b0 + b1) + (b2 + b3)) - values[e + 1];
      loss += r1 * r1 + r2 * r2;
      if (gx != null) {
        double g1 = scale * r1;
        double g2 = scale * r2;
        for (int q = 0; q < h; q++) {
          double xq = x[xo + q];
          gx[xo + q] += g1 * y[y1 + q] + g2 * y[y2 + q];
          gy[y1 + q] += g1 * xq;
          gy[y2 + q] += g2 * xq;
        }
      }
    }
    if (e < to) {
      int y1 = ids[e] * h;
      double r = dot(h, x, xo, y, y1) - values[e];
      loss += r * r;
      if (gx != null) {
        double g = scale * r;
        for (int q = 0; q < h; q++) {
          gx[xo + q] += g * y[y1 + q];
          gy[y1 + q] += g * x[xo + q];
        }
      }
    }
    return loss;
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
    for (int j = 0; j < cols; j++) {
      int base = j * rows;
      for (int i = 0; i < rows; i++) {
        dst[i * cols + j] = src[base + i];
      }
    }
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
