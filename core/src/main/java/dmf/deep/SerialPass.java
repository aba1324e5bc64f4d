package dmf.deep;

import dmf.linalg.Ops;
import dmf.problem.CompletionProblem;
import java.util.Arrays;

/**
 * The single-threaded pass over Ω for problems below 2^18 entries, in float64 values and in
 * column-major order of the positions, so that W_1[:, j] and ∇W_1[:, j] stay in cache across a
 * column's entries; only the row-side vectors are fetched at random.
 *
 * @param <B> the buffer type
 */
final class SerialPass<B> implements SparsePass<B> {
  private final Ops<B> ops;
  private final int h;
  private final int rows;
  private final int cols;
  private final int[] r;
  private final int[] c;
  private final double[] b;

  SerialPass(Ops<B> ops, int h, CompletionProblem p) {
    this.ops = ops;
    this.h = h;
    this.rows = p.rows();
    this.cols = p.cols();
    int[] pr = p.rowIdx();
    int[] pc = p.colIdx();
    double[] pv = p.values();
    long[] keys = new long[pv.length];
    for (int s = 0; s < keys.length; s++) {
      keys[s] = ((long) pc[s] * p.rows() + pr[s]) << 24 | s;
    }
    if (pv.length >= (1 << 24) || (long) p.rows() * p.cols() >= 1L << 39) {
      keys = null;
    } else {
      Arrays.sort(keys);
    }
    this.r = new int[pv.length];
    this.c = new int[pv.length];
    this.b = new double[pv.length];
    for (int s = 0; s < pv.length; s++) {
      int src = keys == null ? s : (int) (keys[s] & 0xffffff);
      r[s] = pr[src];
      c[s] = pc[src];
      b[s] = pv[src];
    }
  }

  @Override
  public double run(B t2, B w1, B gradW1, B z1) {
    int k = b.length;
    if (gradW1 != null) {
      ops.zero(gradW1, h * cols);
      ops.zero(z1, h * rows);
    }
    return SerialKernel.pass(ops, h, t2, w1, r, c, b, 0, k, k, gradW1, 0, z1, 0) / k;
  }
}
