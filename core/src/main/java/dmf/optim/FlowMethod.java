package dmf.optim;

import dmf.linalg.Ops;

/**
 * One embedded Runge–Kutta method for the gradient flow θ' = −∇ℓ(θ), as {@link AdaptiveFlow} drives
 * it: a step of given length and an estimate of that step's local error.
 *
 * @param <B> the buffer type
 */
interface FlowMethod<B> {
  /**
   * Advances from {@code params} by time {@code t}.
   *
   * @param params θ (Input)
   * @param grads ∇ℓ(θ) (Input)
   * @param t the time step
   * @param oracle the gradient
   * @param out receives the new point (Output)
   * @param outGrads receives the gradient at the new point (Output)
   * @return the loss at the new point
   */
  double advance(B[] params, B[] grads, double t, GradientOracle<B> oracle, B[] out, B[] outGrads);

  /**
   * @return the gradient evaluations of the last {@link #advance}
   */
  int evaluations();

  /**
   * @return p such that the error estimate is O(t^p): the step rule scales t by err^(−1/p)
   */
  default int errorOrder() {
    return 3;
  }

  /**
   * The local error of the last {@link #advance} (same arguments), as the RMS over all entries of
   * e_i/(atol + rtol·max(|θ_i|, |θ'_i|)); a step is acceptable when this is at most 1.
   *
   * @return the scaled error
   */
  double errorNorm(B[] params, B[] grads, double t, B[] out, B[] outGrads);

  /** Buffers of the given sizes, one per parameter. */
  @SuppressWarnings("unchecked")
  static <B> B[] alloc(Ops<B> ops, int[] sizes) {
    B[] out = (B[]) new Object[sizes.length];
    for (int j = 0; j < sizes.length; j++) {
      out[j] = ops.alloc(sizes[j]);
    }
    return out;
  }

  /** Σ over all buffers of Σ_i x_i². */
  static <B> double sumSquares(Ops<B> ops, int[] sizes, B[] x) {
    double s = 0;
    for (int j = 0; j < x.length; j++) {
      s += ops.sumSquares(x[j], sizes[j]);
    }
    return s;
  }
}
