package dmf.deep;

import dmf.linalg.Ops;
import dmf.linalg.Precision;
import dmf.problem.SensingProblem;

/**
 * ℓ(W) = mean_k (⟨A_k, W⟩ − y_k)² with ∇ℓ(W) = (2/m)·Σ_k r_k A_k, r_k = ⟨A_k, W⟩ − y_k, in one pass
 * over the stacked measurement matrix.
 *
 * <p>The evaluation is bound by memory bandwidth: A holds m·d·d' numbers and is read for every
 * evaluation. Each r_k needs only its own column A_k, so the columns are taken in blocks of about
 * {@link #BLOCK_BYTES}: a GEMV computes the block's residuals, and a second GEMV adds the block's
 * share of the gradient while the block is still in cache. A therefore streams from memory once per
 * evaluation instead of twice. The loss is summed over k in order, in double.
 *
 * <p>A float64 loss reads the problem's own measurement array (not copied; never written); a
 * float32 loss keeps A rounded to float32.
 *
 * @param <B> the buffer type
 */
final class SensingLoss<B> implements EndToEndLoss<B> {
  /**
   * Bytes of A per block (320 KiB: four float64 or eight float32 columns of a 100×100 problem). A
   * block, W and the gradient then stay in L2; measured at m = 2000, blocks of 2–3 float64 columns
   * ran slower (more calls), and larger ones no faster.
   */
  static final int BLOCK_BYTES = 5 << 16;

  private final Ops<B> ops;
  private final int dd;
  private final int m;
  private final int block;
  private final B a;
  private final double[] y;
  private final B r;
  private final double[] rd;
  private final B scaled;

  SensingLoss(Ops<B> ops, SensingProblem p) {
    this(ops, p, columnsPerBlock(ops, p));
  }

  /**
   * @param ops the precision
   * @param p the problem (its measurement array is shared, not copied, in float64)
   * @param block columns of A per block, ≥ 1
   */
  @SuppressWarnings("unchecked")
  SensingLoss(Ops<B> ops, SensingProblem p, int block) {
    this.ops = ops;
    this.dd = p.rows() * p.cols();
    this.m = p.y().length;
    double[] data = p.measurements().data();
    this.a = ops.precision() == Precision.FLOAT64 ? (B) data : ops.fromDoubles(data);
    this.y = p.y();
    this.block = Math.max(1, Math.min(m, block));
    this.r = ops.alloc(m);
    this.rd = new double[m];
    this.scaled = ops.alloc(block);
  }

  /**
   * @return the columns of A per block: {@link #BLOCK_BYTES} worth, at least one
   */
  static int columnsPerBlock(Ops<?> ops, SensingProblem p) {
    int bytes = ops.precision() == Precision.FLOAT64 ? Double.BYTES : Float.BYTES;
    return Math.max(1, BLOCK_BYTES / (bytes * p.rows() * p.cols()));
  }

  @Override
  public double evaluate(B w, B grad) {
    if (grad == null) {
      ops.gemv(true, dd, m, 1.0, a, dd, w, 0.0, r);
      ops.toDoubles(r, m, rd);
      double loss = 0;
      for (int k = 0; k < m; k++) {
        double e = rd[k] - y[k];
        loss += e * e;
      }
      return loss / m;
    }
    double loss = 0;
    for (int k0 = 0; k0 < m; k0 += block) {
      int nb = Math.min(block, m - k0);
      ops.gemv(true, dd, nb, 1.0, a, k0 * dd, dd, w, 0.0, r);
      ops.toDoubles(r, nb, rd);
      for (int k = 0; k < nb; k++) {
        double e = rd[k] - y[k0 + k];
        loss += e * e;
        rd[k] = e * (2.0 / m);
      }
      ops.setFromDoubles(rd, nb, scaled);
      ops.gemv(false, dd, nb, 1.0, a, k0 * dd, dd, scaled, k0 == 0 ? 0.0 : 1.0, grad);
    }
    return loss / m;
  }
}
