package dmf.deep;

import dmf.linalg.Ops;
import dmf.linalg.Precision;
import dmf.linalg.ResidualPass;
import dmf.problem.SensingProblem;

/**
 * ℓ(W) = mean_k (⟨A_k, W⟩ − y_k)² with ∇ℓ(W) = (2/m)·Σ_k r_k A_k, r_k = ⟨A_k, W⟩ − y_k, in one pass
 * over the stacked measurement matrix ({@link ResidualPass}): the evaluation is bound by memory
 * bandwidth, and A is read once instead of twice. The loss is summed over k in order, in double.
 *
 * <p>A float64 loss reads the problem's own measurement array (not copied; never written); a
 * float32 loss keeps A rounded to float32.
 *
 * @param <B> the buffer type
 */
final class SensingLoss<B> implements EndToEndLoss<B> {
  private final Ops<B> ops;
  private final int dd;
  private final int m;
  private final ResidualPass<B> pass;

  SensingLoss(Ops<B> ops, SensingProblem p) {
    this(ops, p, ResidualPass.columnsPerBlock(ops.precision(), p.rows() * p.cols()));
  }

  /**
   * @param ops the precision
   * @param p the problem
   * @param block columns of A per block, ≥ 1
   */
  @SuppressWarnings("unchecked")
  SensingLoss(Ops<B> ops, SensingProblem p, int block) {
    this.ops = ops;
    this.dd = p.rows() * p.cols();
    this.m = p.y().length;
    double[] data = p.measurements().data();
    B a = ops.precision() == Precision.FLOAT64 ? (B) data : ops.fromDoubles(data);
    this.pass = new ResidualPass<>(ops, a, dd, m, p.y(), block);
  }

  @Override
  public double evaluate(B w, B grad) {
    if (grad == null) {
      return pass.residualSquares(w) / m;
    }
    ops.zero(grad, dd);
    return pass.accumulate(w, 2.0 / m, grad) / m;
  }
}
