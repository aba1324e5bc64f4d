package dmf.deep;

import dmf.linalg.Ops;
import dmf.problem.CompletionProblem;
import java.util.Arrays;

/**
 * The completion loss on a dense end-to-end matrix: ℓ(W) = mean over Ω of (W_ij − b_ij)². Used by
 * the dense gradient path; {@link SparseCompletionObjective} is the fast one.
 *
 * @param <B> the buffer type
 */
final class CompletionLoss<B> implements EndToEndLoss<B> {
  private final Ops<B> ops;
  private final CompletionProblem p;
  private final double[] w;
  private final double[] g;

  CompletionLoss(Ops<B> ops, CompletionProblem p) {
    this.ops = ops;
    this.p = p;
    this.w = new double[p.rows() * p.cols()];
    this.g = new double[w.length];
  }

  @Override
  public double evaluate(B wb, B grad) {
    ops.toDoubles(wb, w.length, w);
    int rows = p.rows();
    int k = p.values().length;
    double loss = 0;
    Arrays.fill(g, 0);
    for (int s = 0; s < k; s++) {
      int pos = p.rowIdx()[s] + p.colIdx()[s] * rows;
      double e = w[pos] - p.values()[s];
      loss += e * e;
      g[pos] += 2.0 * e / k;
    }
    if (grad != null) {
      ops.setFromDoubles(g, g.length, grad);
    }
    return loss / k;
  }
}
