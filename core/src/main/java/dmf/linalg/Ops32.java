package dmf.linalg;

import dev.ludovic.netlib.blas.BLAS;
import java.util.Arrays;

/** Float32 kernels over {@code float[]}; sums of squares accumulate in double. */
public final class Ops32 implements Ops<float[]> {
  /** The single instance. */
  public static final Ops32 INSTANCE = new Ops32();

  /** From this length on, dot and axpy go through native BLAS (below it JNI overhead wins). */
  private static final int NATIVE_MIN = 512;

  private final BLAS blas = Backend.get().blas();
  private final boolean nativeBlas = Backend.get().isNative();

  private Ops32() {}

  @Override
  public Precision precision() {
    return Precision.FLOAT32;
  }

  @Override
  public float[] alloc(int n) {
    return new float[n];
  }

  @Override
  public float[] fromDoubles(double[] src) {
    float[] out = new float[src.length];
    for (int i = 0; i < src.length; i++) {
      out[i] = (float) src[i];
    }
    return out;
  }

  @Override
  public void toDoubles(float[] src, int n, double[] dst) {
    for (int i = 0; i < n; i++) {
      dst[i] = src[i];
    }
  }

  @Override
  public void gemm(
      boolean transA,
      boolean transB,
      int m,
      int n,
      int k,
      double alpha,
      float[] a,
      int lda,
      float[] b,
      int ldb,
      double beta,
      float[] c,
      int ldc) {
    blas.sgemm(
        transA ? "T" : "N",
        transB ? "T" : "N",
        m,
        n,
        k,
        (float) alpha,
        a,
        lda,
        b,
        ldb,
        (float) beta,
        c,
        ldc);
  }

  @Override
  public void gemm(
      boolean transA,
      boolean transB,
      int m,
      int n,
      int k,
      double alpha,
      float[] a,
      int aOffset,
      int lda,
      float[] b,
      int bOffset,
      int ldb,
      double beta,
      float[] c,
      int cOffset,
      int ldc) {
    blas.sgemm(
        transA ? "T" : "N",
        transB ? "T" : "N",
        m,
        n,
        k,
        (float) alpha,
        a,
        aOffset,
        lda,
        b,
        bOffset,
        ldb,
        (float) beta,
        c,
        cOffset,
        ldc);
  }

  @Override
  public double get(float[] x, int i) {
    return x[i];
  }

  @Override
  public void set(float[] x, int i, double v) {
    x[i] = (float) v;
  }

  @Override
  public void gemv(
      boolean transA,
      int m,
      int n,
      double alpha,
      float[] a,
      int lda,
      float[] x,
      double beta,
      float[] y) {
    blas.sgemv(transA ? "T" : "N", m, n, (float) alpha, a, lda, x, 1, (float) beta, y, 1);
  }

  @Override
  public void gemv(
      boolean transA,
      int m,
      int n,
      double alpha,
      float[] a,
      int aOffset,
      int lda,
      float[] x,
      double beta,
      float[] y) {
    blas.sgemv(
        transA ? "T" : "N", m, n, (float) alpha, a, aOffset, lda, x, 0, 1, (float) beta, y, 0, 1);
  }

  @Override
  public double dot(int n, float[] x, int xo, float[] y, int yo) {
    if (nativeBlas && n >= NATIVE_MIN) {
      return blas.sdot(n, x, xo, 1, y, yo, 1);
    }
    float s0 = 0;
    float s1 = 0;
    float s2 = 0;
    float s3 = 0;
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
      float[] x,
      int xo,
      float[] gx,
      float[] y,
      float[] gy,
      int[] ids,
      float[] values,
      int from,
      int to,
      double scale) {
    return ResidualScatter.run(this, h, x, xo, gx, y, gy, ids, values, from, to, scale);
  }

  @Override
  public void axpy(int n, double alpha, float[] x, int xo, float[] y, int yo) {
    if (nativeBlas && n >= NATIVE_MIN) {
      blas.saxpy(n, (float) alpha, x, xo, 1, y, yo, 1);
      return;
    }
    float a = (float) alpha;
    for (int i = 0; i < n; i++) {
      y[yo + i] += a * x[xo + i];
    }
  }

  @Override
  public double sumSquares(float[] x, int n) {
    if (nativeBlas && n >= NATIVE_MIN) {
      double nrm = blas.snrm2(n, x, 0, 1);
      return nrm * nrm;
    }
    double s = 0;
    for (int i = 0; i < n; i++) {
      s += (double) x[i] * x[i];
    }
    return s;
  }

  @Override
  public void scale(float[] x, int n, double alpha) {
    float a = (float) alpha;
    for (int i = 0; i < n; i++) {
      x[i] *= a;
    }
  }

  @Override
  public void zero(float[] x, int n) {
    Arrays.fill(x, 0, n, 0f);
  }

  @Override
  public void zero(float[] x, int offset, int n) {
    Arrays.fill(x, offset, offset + n, 0f);
  }

  @Override
  public void copy(float[] src, float[] dst, int n) {
    System.arraycopy(src, 0, dst, 0, n);
  }

  @Override
  public void transpose(float[] src, int rows, int cols, float[] dst) {
    Transposes.of(src, rows, cols, dst);
  }

  @Override
  public boolean allFinite(float[] x, int n) {
    float s = 0;
    for (int i = 0; i < n; i++) {
      s += x[i] * 0f;
    }
    return s == 0f;
  }

  @Override
  public void adam(
      int n,
      float[] p,
      float[] g,
      float[] m,
      float[] v,
      double lr,
      double beta1,
      double beta2,
      double eps,
      double c1,
      double c2) {
    for (int i = 0; i < n; i++) {
      double gi = g[i];
      double mi = beta1 * m[i] + (1 - beta1) * gi;
      double vi = beta2 * v[i] + (1 - beta2) * gi * gi;
      m[i] = (float) mi;
      v[i] = (float) vi;
      p[i] -= (float) (lr * (mi / c1) / (Math.sqrt(vi / c2) + eps));
    }
  }

  @Override
  public double scaledSquares(
      int n, float[] e, double h, float[] p, float[] q, double atol, double rtol) {
    double s = 0;
    for (int i = 0; i < n; i++) {
      double r = h * e[i] / (atol + rtol * Math.max(Math.abs(p[i]), Math.abs(q[i])));
      s += r * r;
    }
    return s;
  }

  @Override
  public void setFromDoubles(double[] src, int n, float[] dst) {
    for (int i = 0; i < n; i++) {
      dst[i] = (float) src[i];
    }
  }
}
