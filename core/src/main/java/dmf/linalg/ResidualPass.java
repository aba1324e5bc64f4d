package dmf.linalg;

/**
 * r = Aᵀx − y and out ← out + α·A·r in one pass over a column-major d×m matrix A whose columns are
 * the measurement vectors (for matrix sensing, d = rows·cols and A holds the m measurement matrices
 * flattened).
 *
 * <p>Such a pass is bound by memory bandwidth: A holds m·d numbers and is read for every call,
 * while x, y, r and out are small. Each r_k needs only its own column, so the columns are taken in
 * blocks of about {@link #BLOCK_BYTES}: one GEMV gives the block's residuals, a second adds the
 * block's share of α·A·r while the block is still in cache. A streams from memory once instead of
 * twice. The residuals are formed and squared in double.
 *
 * <p>Instances hold work buffers: one per thread.
 *
 * @param <B> the buffer type
 */
public final class ResidualPass<B> {
  /**
   * Bytes of A per block (320 KiB: four float64 or eight float32 columns of a 100×100 problem). A
   * block, x and out then stay in L2; measured at m = 2000, d = 10⁴, blocks of 2–3 float64 columns
   * ran slower (more calls), and larger ones no faster.
   */
  public static final int BLOCK_BYTES = 5 << 16;

  private final Ops<B> ops;
  private final B a;
  private final int d;
  private final int m;
  private final double[] y;
  private final int block;
  private final B r;
  private final double[] rd;
  private final B scaled;

  /**
   * @param ops the precision
   * @param a A, column-major d×m (Input, not modified; kept, not copied)
   * @param d rows of A
   * @param m columns of A
   * @param y the m targets (Input, not modified; kept, not copied)
   * @param block columns per block, ≥ 1 (see {@link #columnsPerBlock})
   */
  public ResidualPass(Ops<B> ops, B a, int d, int m, double[] y, int block) {
    this.ops = ops;
    this.a = a;
    this.d = d;
    this.m = m;
    this.y = y;
    this.block = Math.max(1, Math.min(m, block));
    this.r = ops.alloc(m);
    this.rd = new double[m];
    this.scaled = ops.alloc(this.block);
  }

  /**
   * @param p the precision of A
   * @param d rows of A
   * @return the columns per block: {@link #BLOCK_BYTES} worth, at least one
   */
  public static int columnsPerBlock(Precision p, int d) {
    int bytes = p == Precision.FLOAT64 ? Double.BYTES : Float.BYTES;
    return Math.max(1, BLOCK_BYTES / (bytes * d));
  }

  /**
   * @param x a d-vector (Input)
   * @return Σ_k r_k², r = Aᵀx − y (one GEMV over all of A)
   */
  public double residualSquares(B x) {
    ops.gemv(true, d, m, 1.0, a, d, x, 0.0, r);
    ops.toDoubles(r, m, rd);
    double s = 0;
    for (int k = 0; k < m; k++) {
      double e = rd[k] - y[k];
      s += e * e;
    }
    return s;
  }

  /**
   * One pass: r = Aᵀx − y, then out ← out + α·A·r.
   *
   * @param x a d-vector (Input)
   * @param alpha the factor α
   * @param out a d-vector, updated (Input and Output; may not alias x)
   * @return Σ_k r_k², summed in order of k in double
   */
  public double accumulate(B x, double alpha, B out) {
    double s = 0;
    for (int k0 = 0; k0 < m; k0 += block) {
      int nb = Math.min(block, m - k0);
      ops.gemv(true, d, nb, 1.0, a, k0 * d, d, x, 0.0, r);
      ops.toDoubles(r, nb, rd);
      for (int k = 0; k < nb; k++) {
        double e = rd[k] - y[k0 + k];
        s += e * e;
        rd[k] = e * alpha;
      }
      ops.setFromDoubles(rd, nb, scaled);
      ops.gemv(false, d, nb, 1.0, a, k0 * d, d, scaled, 1.0, out);
    }
    return s;
  }
}
