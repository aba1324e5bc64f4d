package dmf.optim;

import dmf.linalg.Ops;

/**
 * The Dormand–Prince 5(4) pair (Dormand and Prince, J. Comput. Appl. Math. 6, 1980) with
 * first-same-as-last: six gradient evaluations per step, a fifth-order solution and the difference
 * to the embedded fourth-order one as the error estimate, which is O(h⁵). Where the flow is smooth
 * but not stiff, as while the factors grow from a small initialization, its steps are several times
 * longer than those of the third-order {@link BogackiShampine} pair at the same tolerance.
 *
 * @param <B> the buffer type
 */
final class DormandPrince<B> implements FlowMethod<B> {
  private static final double[][] A = {
    {},
    {1.0 / 5},
    {3.0 / 40, 9.0 / 40},
    {44.0 / 45, -56.0 / 15, 32.0 / 9},
    {19372.0 / 6561, -25360.0 / 2187, 64448.0 / 6561, -212.0 / 729},
    {9017.0 / 3168, -355.0 / 33, 46732.0 / 5247, 49.0 / 176, -5103.0 / 18656},
    {35.0 / 384, 0, 500.0 / 1113, 125.0 / 192, -2187.0 / 6784, 11.0 / 84},
  };

  /** Fifth- minus fourth-order weights, for stages 1..7 (the 7th is the gradient at the end). */
  private static final double[] E = {
    71.0 / 57600, 0, -71.0 / 16695, 71.0 / 1920, -17253.0 / 339200, 22.0 / 525, -1.0 / 40
  };

  private final Ops<B> ops;
  private final int[] sizes;
  private final double rtol;
  private final double atol;
  private final Object[] k;
  private final B[] trial;

  DormandPrince(Ops<B> ops, int[] sizes, double rtol, double atol) {
    this.ops = ops;
    this.sizes = sizes.clone();
    this.rtol = rtol;
    this.atol = atol;
    k = new Object[7];
    for (int i = 1; i < 6; i++) {
      k[i] = FlowMethod.alloc(ops, sizes);
    }
    trial = FlowMethod.alloc(ops, sizes);
  }

  @SuppressWarnings("unchecked")
  private B[] stage(int i, B[] grads, B[] outGrads) {
    return i == 0 ? grads : i == 6 ? outGrads : (B[]) k[i];
  }

  @Override
  public double advance(
      B[] params, B[] grads, double t, GradientOracle<B> oracle, B[] out, B[] outGrads) {
    double loss = Double.NaN;
    for (int s = 1; s <= 6; s++) {
      B[] target = s == 6 ? out : trial;
      for (int j = 0; j < params.length; j++) {
        ops.copy(params[j], target[j], sizes[j]);
        for (int i = 0; i < s; i++) {
          if (A[s][i] != 0) {
            // The flow moves along −gradient.
            ops.axpy(sizes[j], -t * A[s][i], stage(i, grads, outGrads)[j], 0, target[j], 0);
          }
        }
      }
      loss = oracle.evaluate(target, stage(s, grads, outGrads));
    }
    return loss;
  }

  @Override
  public int evaluations() {
    return 6;
  }

  @Override
  public int errorOrder() {
    return 5;
  }

  /** RMS of e_i/(atol + rtol·max(|θ_i|, |θ'_i|)), e = −t·Σ_s E_s·k_s. */
  @Override
  public double errorNorm(B[] params, B[] grads, double t, B[] out, B[] outGrads) {
    double sum = 0;
    long count = 0;
    for (int j = 0; j < params.length; j++) {
      ops.zero(trial[j], sizes[j]);
      for (int s = 0; s < 7; s++) {
        if (E[s] != 0) {
          ops.axpy(sizes[j], E[s], stage(s, grads, outGrads)[j], 0, trial[j], 0);
        }
      }
      sum += ops.scaledSquares(sizes[j], trial[j], t, params[j], out[j], atol, rtol);
      count += sizes[j];
    }
    return Math.sqrt(sum / count);
  }
}
