package dmf.deep;

import dmf.linalg.Ops;
import dmf.optim.GradientOracle;
import dmf.problem.CompletionProblem;

/**
 * Loss and factor gradients of matrix completion that touch only the |Ω| observed entries.
 *
 * <p>With S_j = W_N⋯W_j kept transposed as T_j = S_jᵀ, P_j = W_j⋯W_1 and the sparse residual
 * gradient G = ∇ℓ(W) (|Ω| nonzeros):
 *
 * <ul>
 *   <li>W_ij = T_2[:, i] · W_1[:, j] for each (i, j) in Ω (no full product is formed);
 *   <li>∇W_1 = S_2ᵀG, scattered column by column from T_2;
 *   <li>Z_1 = W_1Gᵀ (sparse), Z_j = W_jZ_{j−1}, ∇W_j = T_{j+1}Z_{j−1}ᵀ for 1 &lt; j &lt; N, ∇W_N =
 *       Z_{N−1}ᵀ.
 * </ul>
 *
 * <p>Depth N ≥ 2 only (depth 1 has no products to save). That is 3(N−2) dense GEMMs plus one fused
 * O(|Ω|·h) sparse pass (residual, ∇W_1 and Z_1 together) per evaluation, against 3(N−1) GEMMs for
 * the dense path. All buffers are allocated once.
 *
 * @param <B> the buffer type
 */
final class SparseCompletionObjective<B> implements GradientOracle<B> {
  private final Ops<B> ops;
  private final Architecture arch;
  private final int[] r;
  private final int[] c;
  private final double[] b;
  private final Object[] t; // t[j] = T_j for 2 ≤ j < N (and T_2 when N = 2), dims[j−1]×rows
  private final Object[] z; // z[j] = Z_j for 1 ≤ j ≤ max(1, N−2), dims[j]×rows

  SparseCompletionObjective(Ops<B> ops, Architecture arch, CompletionProblem p) {
    if (arch.depth() < 2) {
      throw new IllegalArgumentException("the sparse path needs depth ≥ 2");
    }
    this.ops = ops;
    this.arch = arch;
    // Visit Ω column by column so that W_1[:, j] and ∇W_1[:, j] stay in cache across a column's
    // entries; only the row-side vectors are then fetched at random.
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
      java.util.Arrays.sort(keys);
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
    int n = arch.depth();
    int[] d = arch.dims();
    int m = arch.rows();
    t = new Object[n + 1];
    z = new Object[n + 1];
    for (int j = 2; j <= Math.max(2, n - 1); j++) {
      t[j] = ops.alloc(d[j - 1] * m);
    }
    for (int j = 1; j < Math.max(2, n - 1); j++) {
      z[j] = ops.alloc(d[j] * m);
    }
  }

  @SuppressWarnings("unchecked")
  private B t(int j) {
    return (B) t[j];
  }

  @SuppressWarnings("unchecked")
  private B z(int j) {
    return (B) z[j];
  }

  @Override
  public double evaluate(B[] f, B[] grads) {
    int n = arch.depth();
    int[] d = arch.dims();
    int m = arch.rows();
    int k = b.length;
    double loss = 0;
    // Suffix products, transposed: T_j = W_jᵀ T_{j+1}, with T_N = W_Nᵀ never formed for N ≥ 3
    // (the GEMMs read W_N transposed instead).
    if (n == 2) {
      ops.transpose(f[1], m, d[1], t(2));
    } else {
      ops.gemm(
          true, true, d[n - 2], m, d[n - 1], 1.0, f[n - 2], d[n - 1], f[n - 1], m, 0.0, t(n - 1),
          d[n - 2]);
    }
    for (int j = n - 2; j >= 2; j--) {
      ops.gemm(
          true, false, d[j - 1], m, d[j], 1.0, f[j - 1], d[j], t(j + 1), d[j], 0.0, t(j), d[j - 1]);
    }
    int h = d[1];
    B t2 = t(2);
    B w1 = f[0];
    if (grads == null) {
      for (int s = 0; s < k; s++) {
        double e = ops.dot(h, t2, r[s] * h, w1, c[s] * h) - b[s];
        loss += e * e;
      }
      return loss / k;
    }
    // One pass over Ω: the residual of an entry and its two rank-one gradient contributions use
    // the same two h-vectors T_2[:, i] and W_1[:, j], so they are read from memory once.
    ops.zero(grads[0], d[1] * d[0]);
    ops.zero(z(1), d[1] * m);
    for (int s = 0; s < k; s++) {
      double e = ops.dot(h, t2, r[s] * h, w1, c[s] * h) - b[s];
      loss += e * e;
      double g = 2.0 * e / k;
      ops.axpy(h, g, t2, r[s] * h, grads[0], c[s] * h);
      ops.axpy(h, g, w1, c[s] * h, z(1), r[s] * h);
    }
    loss /= k;
    for (int j = 2; j < n; j++) {
      if (j == n - 1) { // T_N = W_Nᵀ
        ops.gemm(
            true,
            true,
            d[j],
            d[j - 1],
            m,
            1.0,
            f[n - 1],
            m,
            z(j - 1),
            d[j - 1],
            0.0,
            grads[j - 1],
            d[j]);
      } else {
        ops.gemm(
            false,
            true,
            d[j],
            d[j - 1],
            m,
            1.0,
            t(j + 1),
            d[j],
            z(j - 1),
            d[j - 1],
            0.0,
            grads[j - 1],
            d[j]);
      }
      if (j < n - 1) {
        ops.gemm(
            false, false, d[j], m, d[j - 1], 1.0, f[j - 1], d[j], z(j - 1), d[j - 1], 0.0, z(j),
            d[j]);
      }
    }
    if (n == 2) {
      ops.transpose(z(1), d[1], m, grads[1]);
    } else {
      // ∇W_N = Z_{N−1}ᵀ = (W_{N−1}Z_{N−2})ᵀ = Z_{N−2}ᵀW_{N−1}ᵀ, in one GEMM without forming
      // Z_{N−1}.
      ops.gemm(
          true,
          true,
          m,
          d[n - 1],
          d[n - 2],
          1.0,
          z(n - 2),
          d[n - 2],
          f[n - 2],
          d[n - 1],
          0.0,
          grads[n - 1],
          m);
    }
    return loss;
  }
}
