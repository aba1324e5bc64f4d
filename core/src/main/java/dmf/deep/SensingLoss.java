package dmf.deep;

import dmf.linalg.Ops;
import dmf.problem.SensingProblem;

/**
 * ℓ(W) = mean_k (⟨A_k, W⟩ − y_k)² with ∇ℓ(W) = (2/m)·Σ_k r_k A_k, as two GEMVs over the stacked
 * measurement matrix.
 *
 * @param <B> the buffer type
 */
final class SensingLoss<B> implements EndToEndLoss<B> {
  private final Ops<B> ops;
  private final int dd;
  private final int m;
  private final B a;
  private final double[] y;
  private final B r;
  private final double[] rd;
  private final B scaled;

  SensingLoss(Ops<B> ops, SensingProblem p) {
    this.ops = ops;
    this.dd = p.rows() * p.cols();
    this.m = p.y().length;
    this.a = ops.fromDoubles(p.measurements().data());
    this.y = p.y();
    this.r = ops.alloc(m);
    this.rd = new double[m];
    this.scaled = ops.alloc(m);
  }

  @Override
  public double evaluate(B w, B grad) {
    ops.gemv(true, dd, m, 1.0, a, dd, w, 0.0, r);
    ops.toDoubles(r, m, rd);
    double loss = 0;
    for (int k = 0; k < m; k++) {
      rd[k] = (rd[k] - y[k]);
      loss += rd[k] * rd[k];
      rd[k] *= 2.0 / m;
    }
    if (grad != null) {
      ops.setFromDoubles(rd, m, scaled);
      ops.gemv(false, dd, m, 1.0, a, dd, scaled, 0.0, grad);
    }
    return loss / m;
  }
}
