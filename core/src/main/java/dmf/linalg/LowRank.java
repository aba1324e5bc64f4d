package dmf.linalg;

/**
 * A matrix held by two thin factors, A = L·Rᵀ (rows×cols of rank at most r), so that neither it nor
 * anything rows×cols is ever formed: entries cost O(r), norms O((rows + cols)·r²).
 *
 * @param left L, rows×r
 * @param right R, cols×r
 */
public record LowRank(Mat left, Mat right) {
  /** Checks that the factors agree in r. */
  public LowRank {
    if (left.cols() != right.cols()) {
      throw new IllegalArgumentException(
          "factors disagree in rank: " + left.cols() + " vs " + right.cols());
    }
  }

  /**
   * @return rows of A
   */
  public int rows() {
    return left.rows();
  }

  /**
   * @return columns of A
   */
  public int cols() {
    return right.rows();
  }

  /**
   * @param i row
   * @param j column
   * @return A_ij = Σ_t L_it·R_jt
   */
  public double get(int i, int j) {
    double s = 0;
    for (int t = 0; t < left.cols(); t++) {
      s += left.get(i, t) * right.get(j, t);
    }
    return s;
  }

  /**
   * @param alpha a factor
   * @return alpha·A (the left factor scaled)
   */
  public LowRank scale(double alpha) {
    return new LowRank(left.scale(alpha), right);
  }

  /**
   * @return ‖A‖_F, from the triangular factors of thin QRs of L and R: ‖R_L·R_Rᵀ‖_F
   */
  public double frobeniusNorm() {
    return Mat.multiply(Qr.ofR(left).r(), false, Qr.ofR(right).r(), true).frobeniusNorm();
  }

  /**
   * @return A as a dense matrix (rows·cols entries: small matrices only)
   */
  public Mat toDense() {
    return Mat.multiply(left, false, right, true);
  }
}
