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
 * O(|Ω|·h) sparse pass (residual, ∇W_1 and Z_1 together, see {@link SparsePass}) per evaluation,
 * against 3(N−1) GEMMs for the dense path. All buffers are allocated once. The GEMMs go through
 * {@link Products}: one BLAS call each for small problems, pieces on all cores for large ones.
 *
 * @param <B> the buffer type
 */
final class SparseCompletionObjective<B> implements GradientOracle<B> {
  /** C = alpha·op(A)·op(B) + beta·C with whole buffers, as {@link Ops#gemm}. */
  interface Products<B> {
    void gemm(
        boolean transA,
        boolean transB,
        int m,
        int n,
        int k,
        double alpha,
        B a,
        int lda,
        B b,
        int ldb,
        double beta,
        B c,
        int ldc);
  }

  private final Ops<B> ops;
  private final Architecture arch;
  private final SparsePass<B> pass;
  private final Products<B> products;
  private final Object[] t; // t[j] = T_j for 2 ≤ j < N (and T_2 when N = 2), dims[j−1]×rows
  private final Object[] z; // z[j] = Z_j for 1 ≤ j ≤ max(1, N−2), dims[j]×rows

  /** The single-threaded objective of a small problem: the serial pass, one BLAS call a GEMM. */
  SparseCompletionObjective(Ops<B> ops, Architecture arch, CompletionProblem p) {
    this(ops, arch, new SerialPass<>(ops, arch.dims()[1], p), ops::gemm);
  }

  SparseCompletionObjective(
      Ops<B> ops, Architecture arch, SparsePass<B> pass, Products<B> products) {
    if (arch.depth() < 2) {
      throw new IllegalArgumentException("the sparse path needs depth ≥ 2");
    }
    this.ops = ops;
    this.arch = arch;
    this.pass = pass;
    this.products = products;
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
    // Suffix products, transposed: T_j = W_jᵀ T_{j+1}, with T_N = W_Nᵀ never formed for N ≥ 3
    // (the GEMMs read W_N transposed instead).
    if (n == 2) {
      ops.transpose(f[1], m, d[1], t(2));
    } else {
      products.gemm(
          true, true, d[n - 2], m, d[n - 1], 1.0, f[n - 2], d[n - 1], f[n - 1], m, 0.0, t(n - 1),
          d[n - 2]);
    }
    for (int j = n - 2; j >= 2; j--) {
      products.gemm(
          true, false, d[j - 1], m, d[j], 1.0, f[j - 1], d[j], t(j + 1), d[j], 0.0, t(j), d[j - 1]);
    }
    if (grads == null) {
      return pass.run(t(2), f[0], null, null);
    }
    double loss = pass.run(t(2), f[0], grads[0], z(1));
    for (int j = 2; j < n; j++) {
      if (j == n - 1) { // T_N = W_Nᵀ
        products.gemm(
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
        products.gemm(
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
        products.gemm(
            false, false, d[j], m, d[j - 1], 1.0, f[j - 1], d[j], z(j - 1), d[j - 1], 0.0, z(j),
            d[j]);
      }
    }
    if (n == 2) {
      ops.transpose(z(1), d[1], m, grads[1]);
    } else {
      // ∇W_N = Z_{N−1}ᵀ = (W_{N−1}Z_{N−2})ᵀ = Z_{N−2}ᵀW_{N−1}ᵀ, in one GEMM without forming
      // Z_{N−1}.
      products.gemm(
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
