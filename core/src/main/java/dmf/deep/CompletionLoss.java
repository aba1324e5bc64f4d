package dmf.deep;

import dmf.linalg.Ops;
import dmf.problem.CompletionProblem;

/**
 * The completion loss on a dense end-to-end matrix: ℓ(W) = mean over Ω of (W_ij − b_ij)². Used by
 * the dense gradient path (depth 1; {@link SparseCompletionObjective} is the fast one for depth ≥
 * 2). It reads and writes only the |Ω| observed entries: the gradient is zero elsewhere, so a step
 * costs one clearing pass over W plus O(|Ω|), not conversions of all of W.
 *
 * @param <B> the buffer type
 */
final class CompletionLoss<B> implements EndToEndLoss<B> {
  private final Ops<B> ops;
  private final CompletionProblem p;
  private final int size;
  private final double[] g; // zero between calls: only observed positions are touched and reset

  CompletionLoss(Ops<B> ops, CompletionProblem p) {
    this.ops = ops;
    this.p = p;
    this.size = p.rows() * p.cols();
    this.g = new double[size];
  }

  @Override
  public double evaluate(B wb, B grad) {
    int rows = p.rows();
    int[] ri = p.rowIdx();
    int[] ci = p.colIdx();
    double[] b = p.values();
    int k = b.length;
    double loss = 0;
    for (int s = 0; s < k; s++) {
      int pos = ri[s] + ci[s] * rows;
      double e = ops.get(wb, pos) - b[s];
      loss += e * e;
      if (grad != null) {
        g[pos] += 2.0 * e / k; // summed in double, as a repeated entry's terms should be
      }
    }
    if (grad != null) {
      ops.zero(grad, size);
      for (int s = 0; s < k; s++) {
        int pos = ri[s] + ci[s] * rows;
        ops.set(grad, pos, g[pos]);
      }
      for (int s = 0; s < k; s++) {
        g[ri[s] + ci[s] * rows] = 0;
      }
    }
    return loss / k;
  }
}
