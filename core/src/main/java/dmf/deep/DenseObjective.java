package dmf.deep;

import dmf.linalg.Ops;
import dmf.optim.GradientOracle;

/**
 * Factor gradients by reverse mode through the chain of products, for any loss of W.
 *
 * <p>Forward: P_1 = W_1, P_j = W_jP_{j−1}, W = P_N. Backward from D = ∇ℓ(W): ∇W_j = D·P_{j−1}ᵀ and
 * D ← W_jᵀD for j = N..2, then ∇W_1 = D. That is 3(N−1) GEMMs per evaluation.
 *
 * @param <B> the buffer type
 */
final class DenseObjective<B> implements GradientOracle<B> {
  private final Ops<B> ops;
  private final Architecture arch;
  private final EndToEndLoss<B> loss;
  private final Object[] prefix;
  private final B d1;
  private final B d2;

  DenseObjective(Ops<B> ops, Architecture arch, EndToEndLoss<B> loss) {
    this.ops = ops;
    this.arch = arch;
    this.loss = loss;
    int n = arch.depth();
    int[] d = arch.dims();
    prefix = new Object[n + 1];
    int widest = 0;
    for (int j = 2; j <= n; j++) {
      prefix[j] = ops.alloc(d[j] * d[0]);
    }
    for (int j = 1; j <= n; j++) {
      widest = Math.max(widest, d[j] * d[0]);
    }
    d1 = ops.alloc(widest);
    d2 = ops.alloc(widest);
  }

  @SuppressWarnings("unchecked")
  private B prefix(B[] f, int j) {
    return j == 1 ? f[0] : (B) prefix[j];
  }

  @Override
  public double evaluate(B[] f, B[] grads) {
    int n = arch.depth();
    int[] d = arch.dims();
    int cols = d[0];
    for (int j = 2; j <= n; j++) {
      ops.gemm(
          false,
          false,
          d[j],
          cols,
          d[j - 1],
          1.0,
          f[j - 1],
          d[j],
          prefix(f, j - 1),
          d[j - 1],
          0.0,
          prefix(f, j),
          d[j]);
    }
    B w = prefix(f, n);
    if (grads == null) {
      return loss.evaluate(w, null);
    }
    B dcur = d1;
    B dnext = d2;
    double value = loss.evaluate(w, dcur);
    for (int j = n; j >= 2; j--) {
      ops.gemm(
          false,
          true,
          d[j],
          d[j - 1],
          cols,
          1.0,
          dcur,
          d[j],
          prefix(f, j - 1),
          d[j - 1],
          0.0,
          grads[j - 1],
          d[j]);
      ops.gemm(
          true, false, d[j - 1], cols, d[j], 1.0, f[j - 1], d[j], dcur, d[j], 0.0, dnext, d[j - 1]);
      B tmp = dcur;
      dcur = dnext;
      dnext = tmp;
    }
    ops.copy(dcur, grads[0], d[1] * d[0]);
    return value;
  }
}
