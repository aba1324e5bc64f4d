package dmf.optim;

import dmf.linalg.Ops;
import dmf.linalg.Precision;

/**
 * The largest curvature ρ = max |λ(∇²ℓ(θ))| by a nonlinear power method on gradient differences, as
 * in RKC's own estimate: v ← (∇ℓ(θ + δ·v) − ∇ℓ(θ))/‖·‖ with ‖δ·v‖ = √u·‖θ‖ (u the unit roundoff),
 * until two successive quotients agree to 1%. The direction is kept between calls, so later
 * estimates usually take two or three evaluations. The result carries a safety factor of 1.2.
 *
 * @param <B> the buffer type
 */
final class SpectralRadius<B> {
  private static final int MAX_ITERATIONS = 20;
  private static final double SAFETY = 1.2;

  private final Ops<B> ops;
  private final int[] sizes;
  private final double relativeStep;
  private final B[] direction;
  private final B[] probe;
  private final B[] difference;
  private boolean haveDirection;
  private int evaluations;

  SpectralRadius(Ops<B> ops, int[] sizes) {
    this.ops = ops;
    this.sizes = sizes.clone();
    this.relativeStep =
        Math.sqrt(ops.precision() == Precision.FLOAT32 ? Math.ulp(1.0f) : Math.ulp(1.0));
    direction = FlowMethod.alloc(ops, sizes);
    probe = FlowMethod.alloc(ops, sizes);
    difference = FlowMethod.alloc(ops, sizes);
  }

  /**
   * @return the gradient evaluations of the last {@link #estimate}
   */
  int evaluations() {
    return evaluations;
  }

  /**
   * @param params θ (Input)
   * @param grads ∇ℓ(θ) (Input)
   * @param oracle the gradient
   * @return 1.2 times the estimated spectral radius of the Hessian at θ
   */
  double estimate(B[] params, B[] grads, GradientOracle<B> oracle) {
    evaluations = 0;
    if (!haveDirection || FlowMethod.sumSquares(ops, sizes, direction) == 0) {
      copy(grads, direction);
      if (FlowMethod.sumSquares(ops, sizes, direction) == 0) {
        for (int j = 0; j < direction.length; j++) {
          ops.copy(params[j], direction[j], sizes[j]);
        }
      }
    }
    double norm = Math.sqrt(FlowMethod.sumSquares(ops, sizes, direction));
    double delta = relativeStep * Math.max(Math.sqrt(FlowMethod.sumSquares(ops, sizes, params)), 1);
    if (norm == 0) {
      return 0;
    }
    double sigma = 0;
    shift(params, direction, delta / norm);
    for (int it = 0; it < MAX_ITERATIONS; it++) {
      oracle.evaluate(probe, difference);
      evaluations++;
      for (int j = 0; j < difference.length; j++) {
        ops.axpy(sizes[j], -1, grads[j], 0, difference[j], 0);
      }
      double d = Math.sqrt(FlowMethod.sumSquares(ops, sizes, difference));
      if (!Double.isFinite(d) || d == 0) {
        break;
      }
      double last = sigma;
      sigma = d / delta;
      copy(difference, direction);
      if (it > 0 && Math.abs(sigma - last) <= 0.01 * sigma) {
        break;
      }
      shift(params, direction, delta / d);
    }
    haveDirection = true;
    return SAFETY * sigma;
  }

  /** probe = params + c·v. */
  private void shift(B[] params, B[] v, double c) {
    for (int j = 0; j < params.length; j++) {
      ops.copy(params[j], probe[j], sizes[j]);
      ops.axpy(sizes[j], c, v[j], 0, probe[j], 0);
    }
  }

  private void copy(B[] from, B[] to) {
    for (int j = 0; j < from.length; j++) {
      ops.copy(from[j], to[j], sizes[j]);
    }
  }
}
