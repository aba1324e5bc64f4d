package dmf.linalg;

import java.util.List;

/**
 * W = W_N⋯W_1 held by its factors (W_j is d_j×d_{j−1}, d_0 = cols, d_N = rows), with what can be
 * measured of W without forming it: entries in O(d_1), the thin SVD in O((rows + cols)·d²) through
 * thin QRs of the outer factors and an SVD of the small core, and distances to a low-rank matrix.
 *
 * <p>For W_N = Q_a·R_a and W_1ᵀ = Q_b·R_b, W = Q_a·C·Q_bᵀ with the core C = R_a·W_{N−1}⋯W_2·R_bᵀ,
 * so W and C share their nonzero singular values and U = Q_a·U_C, V = Q_b·V_C.
 */
public final class FactoredMatrix {
  private final List<Mat> factors;
  private Mat leftT;

  private FactoredMatrix(List<Mat> factors) {
    this.factors = List.copyOf(factors);
  }

  /** (W_N⋯W_2)ᵀ, d_1×rows, formed on first use; null for depth 1. */
  private synchronized Mat leftT() {
    if (leftT == null && factors.size() > 1) {
      Mat left = factors.get(factors.size() - 1);
      for (int j = factors.size() - 2; j >= 1; j--) {
        left = left.times(factors.get(j));
      }
      leftT = left.transpose();
    }
    return leftT;
  }

  /**
   * @param factors W_1..W_N, N ≥ 1, consecutive shapes agreeing (Input, not modified)
   * @return the product they represent
   */
  public static FactoredMatrix of(List<Mat> factors) {
    if (factors.isEmpty()) {
      throw new IllegalArgumentException("no factors");
    }
    for (int j = 1; j < factors.size(); j++) {
      if (factors.get(j).cols() != factors.get(j - 1).rows()) {
        throw new IllegalArgumentException(
            "factor " + (j + 1) + " does not follow factor " + j + ": " + factors);
      }
    }
    return new FactoredMatrix(factors);
  }

  /**
   * @return the factors W_1..W_N
   */
  public List<Mat> factors() {
    return factors;
  }

  /**
   * @return rows of W
   */
  public int rows() {
    return factors.get(factors.size() - 1).rows();
  }

  /**
   * @return columns of W
   */
  public int cols() {
    return factors.get(0).cols();
  }

  /**
   * @param i row
   * @param j column
   * @return W_ij, as the dot product of row i of W_N⋯W_2 with column j of W_1
   */
  public double get(int i, int j) {
    Mat w1 = factors.get(0);
    Mat lt = leftT();
    if (lt == null) {
      return w1.get(i, j);
    }
    int h = w1.rows();
    return Ops64.INSTANCE.dot(h, lt.data(), i * h, w1.data(), j * h);
  }

  /**
   * @param j a column
   * @return W[:, j] (rows values)
   */
  public double[] column(int j) {
    Mat w1 = factors.get(0);
    double[] out = new double[rows()];
    Mat lt = leftT();
    if (lt == null) {
      System.arraycopy(w1.data(), j * out.length, out, 0, out.length);
    } else {
      int h = w1.rows();
      double[] x = new double[h];
      System.arraycopy(w1.data(), j * h, x, 0, h);
      Ops64.INSTANCE.gemv(true, h, out.length, 1.0, lt.data(), h, x, 0.0, out);
    }
    return out;
  }

  /**
   * @param vectors also form U and Vᵀ
   * @return the thin SVD of W, of rank at most the smallest width (U is rows×p, Vᵀ is p×cols)
   */
  public Svd svd(boolean vectors) {
    int n = factors.size();
    if (n == 1) {
      return vectors ? Svd.of(factors.get(0)) : new Svd(null, Svd.values(factors.get(0)), null);
    }
    Qr a = vectors ? Qr.of(factors.get(n - 1)) : Qr.ofR(factors.get(n - 1));
    Qr b = vectors ? Qr.of(factors.get(0).transpose()) : Qr.ofR(factors.get(0).transpose());
    Mat core = a.r();
    for (int j = n - 2; j >= 1; j--) {
      core = core.times(factors.get(j));
    }
    core = Mat.multiply(core, false, b.r(), true);
    if (!vectors) {
      return new Svd(null, Svd.values(core), null);
    }
    Svd c = Svd.of(core);
    return new Svd(a.q().times(c.u()), c.s(), Mat.multiply(c.vt(), false, b.q(), true));
  }

  /**
   * @return the singular values of W, descending (at most the smallest width of them)
   */
  public double[] singularValues() {
    return svd(false).s();
  }

  /**
   * @param t a low-rank matrix of the same shape
   * @return ‖W − t‖_F, from thin QRs of [W_N⋯W_2, −L_t] and [W_1ᵀ, R_t]; nothing rows×cols is
   *     formed
   */
  public double distanceTo(LowRank t) {
    if (t.rows() != rows() || t.cols() != cols()) {
      throw new IllegalArgumentException(
          "shapes differ: " + rows() + "x" + cols() + " vs " + t.rows() + "x" + t.cols());
    }
    Mat w1t = factors.get(0).transpose();
    Mat left = factors.size() == 1 ? Mat.identity(rows()) : leftT().transpose();
    Mat a = sideBySide(left, t.left().scale(-1));
    Mat b = sideBySide(w1t, t.right());
    return Mat.multiply(Qr.ofR(a).r(), false, Qr.ofR(b).r(), true).frobeniusNorm();
  }

  /**
   * @return W formed densely (rows·cols entries: small matrices only)
   */
  public Mat toDense() {
    Mat w = factors.get(0);
    for (int j = 1; j < factors.size(); j++) {
      w = factors.get(j).times(w);
    }
    return factors.size() == 1 ? w.copy() : w;
  }

  private static Mat sideBySide(Mat x, Mat y) {
    double[] d = new double[x.data().length + y.data().length];
    System.arraycopy(x.data(), 0, d, 0, x.data().length);
    System.arraycopy(y.data(), 0, d, x.data().length, y.data().length);
    return new Mat(x.rows(), x.cols() + y.cols(), d);
  }
}
