package dmf.optim;

import dmf.linalg.Ops;

/**
 * The Bogacki–Shampine 3(2) pair with first-same-as-last: three gradient evaluations per step (the
 * gradient at the start is the last one of the previous step), a third-order solution and the
 * difference to the embedded second-order one as the error estimate. Stable for time steps up to
 * about 2.5/ρ, ρ the largest curvature.
 *
 * @param <B> the buffer type
 */
final class BogackiShampine<B> implements FlowMethod<B> {
  private static final double A21 = 0.5;
  private static final double A32 = 0.75;
  private static final double B1 = 2.0 / 9;
  private static final double B2 = 1.0 / 3;
  private static final double B3 = 4.0 / 9;
  private static final double E1 = -5.0 / 72;
  private static final double E2 = 1.0 / 12;
  private static final double E3 = 1.0 / 9;
  private static final double E4 = -1.0 / 8;

  private final Ops<B> ops;
  private final int[] sizes;
  private final double rtol;
  private final double atol;
  private final B[] k2;
  private final B[] k3;
  private final B[] trial;

  BogackiShampine(Ops<B> ops, int[] sizes, double rtol, double atol) {
    this.ops = ops;
    this.sizes = sizes.clone();
    this.rtol = rtol;
    this.atol = atol;
    k2 = FlowMethod.alloc(ops, sizes);
    k3 = FlowMethod.alloc(ops, sizes);
    trial = FlowMethod.alloc(ops, sizes);
  }

  @Override
  public double advance(
      B[] params, B[] grads, double t, GradientOracle<B> oracle, B[] out, B[] outGrads) {
    // Slopes are gradients here; the flow moves along −gradient, hence the minus signs.
    combine(params, -t * A21, grads, 0, null, 0, null, trial);
    oracle.evaluate(trial, k2);
    combine(params, 0, grads, -t * A32, k2, 0, null, trial);
    oracle.evaluate(trial, k3);
    combine(params, -t * B1, grads, -t * B2, k2, -t * B3, k3, out);
    return oracle.evaluate(out, outGrads);
  }

  @Override
  public int evaluations() {
    return 3;
  }

  /** RMS of e_i/(atol + rtol·max(|θ_i|, |θ'_i|)), e = −t·(E1 g1 + E2 k2 + E3 k3 + E4 k4). */
  @Override
  public double errorNorm(B[] params, B[] grads, double t, B[] out, B[] outGrads) {
    double sum = 0;
    long count = 0;
    for (int j = 0; j < params.length; j++) {
      ops.zero(trial[j], sizes[j]);
      ops.axpy(sizes[j], E1, grads[j], 0, trial[j], 0);
      ops.axpy(sizes[j], E2, k2[j], 0, trial[j], 0);
      ops.axpy(sizes[j], E3, k3[j], 0, trial[j], 0);
      ops.axpy(sizes[j], E4, outGrads[j], 0, trial[j], 0);
      sum += ops.scaledSquares(sizes[j], trial[j], t, params[j], out[j], atol, rtol);
      count += sizes[j];
    }
    return Math.sqrt(sum / count);
  }

  /** out = params + a·x + b·y + c·z (null terms skipped). */
  private void combine(B[] params, double a, B[] x, double b, B[] y, double c, B[] z, B[] out) {
    for (int j = 0; j < params.length; j++) {
      ops.copy(params[j], out[j], sizes[j]);
      if (a != 0) {
        ops.axpy(sizes[j], a, x[j], 0, out[j], 0);
      }
      if (b != 0) {
        ops.axpy(sizes[j], b, y[j], 0, out[j], 0);
      }
      if (c != 0) {
        ops.axpy(sizes[j], c, z[j], 0, out[j], 0);
      }
    }
  }
}
