package dmf.symmetric;

import dmf.linalg.Mat;

/**
 * A packed copy of square sensing measurements for symmetric arguments: one column per A_i holding
 * the upper triangle of sym(A_i), off-diagonal entries doubled, so that ⟨A_i, X⟩ = ⟨packed(sym
 * A_i), upper(X)⟩ for symmetric X. Measuring reads n(n+1)/2 instead of n² numbers per measurement,
 * and several symmetric matrices share one pass over the measurements.
 */
final class PackedSensing {
  private final int n;
  private final int m;

  /** (n(n+1)/2)×m, column i = upper triangle of sym(A_i), off-diagonals doubled. */
  private final Mat packed;

  /**
   * @param a the measurements, one n×n matrix per column (Input, not modified)
   * @param n the side
   * @param m the number of measurements
   */
  PackedSensing(Mat a, int n, int m) {
    this.n = n;
    this.m = m;
    this.packed = pack(a, n, m);
  }

  private static Mat pack(Mat a, int n, int m) {
    int d = n * (n + 1) / 2;
    double[] src = a.data();
    double[] out = new double[d * m];
    int nn = n * n;
    for (int k = 0; k < m; k++) {
      int base = k * nn;
      int t = k * d;
      for (int j = 0; j < n; j++) {
        for (int i = 0; i <= j; i++) {
          out[t++] = i == j ? src[base + i + j * n] : src[base + i + j * n] + src[base + j + i * n];
        }
      }
    }
    return new Mat(d, m, out);
  }

  /** Upper triangles of symmetric matrices as the columns of a (n(n+1)/2)×count matrix. */
  private Mat upper(Mat... xs) {
    int d = n * (n + 1) / 2;
    double[] out = new double[d * xs.length];
    for (int c = 0; c < xs.length; c++) {
      double[] x = xs[c].data();
      int t = c * d;
      for (int j = 0; j < n; j++) {
        System.arraycopy(x, j * n, out, t, j + 1);
        t += j + 1;
      }
    }
    return new Mat(d, xs.length, out);
  }

  /**
   * @param xs symmetric n×n matrices (Input)
   * @return A(X) of each, as the columns of an m×count matrix
   */
  Mat measure(Mat... xs) {
    return Mat.multiply(packed, true, upper(xs), false);
  }

  /**
   * @param z one value per measurement (Input)
   * @return the symmetric part of the adjoint, (S + Sᵀ)/2 with S = Σ_i z_i A_i
   */
  Mat adjoint(double[] z) {
    double[] v = Mat.multiply(packed, false, new Mat(m, 1, z.clone()), false).data();
    Mat s = Mat.zeros(n, n);
    double[] sd = s.data();
    int t = 0;
    for (int j = 0; j < n; j++) {
      for (int i = 0; i < j; i++) {
        double h = 0.5 * v[t++];
        sd[i + j * n] = h;
        sd[j + i * n] = h;
      }
      sd[j + j * n] = v[t++];
    }
    return s;
  }
}
