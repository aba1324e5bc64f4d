package dmf.deep;

import dmf.linalg.Ops;

/**
 * The arithmetic of the serial pass over Ω ({@link SerialPass}) on a run of entries, public so that
 * an engine that spreads Ω over machines computes with the same bits: for each entry s of {@code
 * [from, to)}, e = T_2[:, r_s]·W_1[:, c_s] − b_s, Σe² accumulates, and with g = 2e/n the entry adds
 * g·T_2[:, r_s] to column c_s of ∇W_1 and g·W_1[:, c_s] to column r_s of Z_1, each only when that
 * output is given.
 *
 * <p>Every column of ∇W_1 (and of Z_1) is a sum in the order of the entries that touch it. So a
 * caller that gives each column of ∇W_1 wholly to one part, with the part's entries in the serial
 * pass's order (column, then row), and each column of Z_1 wholly to one part, with entries in row,
 * then column order, gets each gradient column bit for bit as the serial pass does, for any cut.
 * The loss of a part is its own sum; the parts' sums add up to the serial loss up to rounding.
 */
public final class SerialKernel {
  private SerialKernel() {}

  /**
   * @param ops the precision's kernels
   * @param h the hidden width d_1
   * @param t2 T_2 = (W_N⋯W_2)ᵀ, h×rows (Input, not modified)
   * @param w1 W_1, h×cols (Input, not modified)
   * @param r the row of each entry (Input)
   * @param c the column of each entry (Input)
   * @param b the target of each entry (Input)
   * @param from the first entry
   * @param to one past the last entry
   * @param n |Ω| of the whole problem: the gradient scale is 2/n
   * @param gradW1 receives (adds) the ∇W_1 columns from {@code colBase} on, h per column, or null
   * @param colBase the column stored first in {@code gradW1}
   * @param z1 receives (adds) the Z_1 columns from {@code rowBase} on, h per row, or null
   * @param rowBase the row stored first in {@code z1}
   * @param <B> the buffer type
   * @return Σe² over the run (not divided by n)
   */
  public static <B> double pass(
      Ops<B> ops,
      int h,
      B t2,
      B w1,
      int[] r,
      int[] c,
      double[] b,
      int from,
      int to,
      long n,
      B gradW1,
      int colBase,
      B z1,
      int rowBase) {
    double loss = 0;
    if (gradW1 == null && z1 == null) {
      for (int s = from; s < to; s++) {
        double e = ops.dot(h, t2, r[s] * h, w1, c[s] * h) - b[s];
        loss += e * e;
      }
      return loss;
    }
    // The residual of an entry and its two rank-one gradient contributions use the same two
    // h-vectors T_2[:, i] and W_1[:, j], so they are read from memory once.
    for (int s = from; s < to; s++) {
      double e = ops.dot(h, t2, r[s] * h, w1, c[s] * h) - b[s];
      loss += e * e;
      double g = 2.0 * e / n;
      if (gradW1 != null) {
        ops.axpy(h, g, t2, r[s] * h, gradW1, (c[s] - colBase) * h);
      }
      if (z1 != null) {
        ops.axpy(h, g, w1, c[s] * h, z1, (r[s] - rowBase) * h);
      }
    }
    return loss;
  }
}
