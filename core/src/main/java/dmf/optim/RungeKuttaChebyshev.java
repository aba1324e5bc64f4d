package dmf.optim;

import dmf.linalg.Ops;

/**
 * The second-order Runge–Kutta–Chebyshev method RKC (Sommeijer, Shampine and Verwer, "RKC: an
 * explicit solver for parabolic PDEs", J. Comput. Appl. Math. 88, 1997), for stiff stretches of the
 * gradient flow.
 *
 * <p>An s-stage step is stable for time steps up to about 0.65·s²/ρ (damping ε = 2/13), against
 * 2.5/ρ for {@link BogackiShampine}: where the step is limited by stability rather than accuracy, s
 * evaluations cover a time that would need about s²/4 steps of three. The gradient flow of a smooth
 * loss has a symmetric Jacobian (minus the Hessian), so its spectrum is real, which is the case the
 * method is built for. Stages: Y_0 = θ, Y_1 = Y_0 + μ̃_1·t·F_0, Y_j = (1 − μ_j − ν_j)·Y_0 +
 * μ_j·Y_{j−1} + ν_j·Y_{j−2} + μ̃_j·t·F(Y_{j−1}) + γ̃_j·t·F_0 with F = −∇ℓ; the new point is Y_s and
 * its local error is estimated by (12(θ − θ') + 6t(F(θ) + F(θ')))/15 as in the paper.
 *
 * @param <B> the buffer type
 */
final class RungeKuttaChebyshev<B> implements FlowMethod<B> {
  /** The damping ε of the Chebyshev polynomials. */
  private static final double DAMPING = 2.0 / 13;

  private final Ops<B> ops;
  private final int[] sizes;
  private final double rtol;
  private final double atol;
  private int stages = 2;
  private B[] older;
  private B[] previous;
  private B[] current;
  private final B[] slope;

  RungeKuttaChebyshev(Ops<B> ops, int[] sizes, double rtol, double atol) {
    this.ops = ops;
    this.sizes = sizes.clone();
    this.rtol = rtol;
    this.atol = atol;
    older = FlowMethod.alloc(ops, sizes);
    previous = FlowMethod.alloc(ops, sizes);
    current = FlowMethod.alloc(ops, sizes);
    slope = FlowMethod.alloc(ops, sizes);
  }

  /**
   * @param t the time step
   * @param radius the spectral radius ρ of the Hessian
   * @return the stages that make a step of length t stable: 1 + ⌊√(1 + 1.54·t·ρ)⌋, at least 2
   */
  static int stagesFor(double t, double radius) {
    return Math.max(2, 1 + (int) Math.sqrt(1 + 1.54 * t * radius));
  }

  /**
   * @param s the number of stages of the next {@link #advance}, ≥ 2
   */
  void setStages(int s) {
    this.stages = Math.max(2, s);
  }

  @Override
  public int evaluations() {
    return stages;
  }

  @Override
  public double advance(
      B[] params, B[] grads, double t, GradientOracle<B> oracle, B[] out, B[] outGrads) {
    int s = stages;
    double w0 = 1 + DAMPING / ((double) s * s);
    double q = w0 * w0 - 1;
    double sq = Math.sqrt(q);
    double arg = s * Math.log(w0 + sq);
    double w1 = Math.sinh(arg) * q / (Math.cosh(arg) * s * sq - w0 * Math.sinh(arg));
    double bPrev = 1 / (4 * w0 * w0);
    double bOlder = bPrev;
    // Y_1 = θ − μ̃_1·t·∇ℓ(θ); Y_0 = θ.
    for (int j = 0; j < params.length; j++) {
      ops.copy(params[j], older[j], sizes[j]);
      ops.copy(params[j], previous[j], sizes[j]);
      ops.axpy(sizes[j], -t * w1 * bPrev, grads[j], 0, previous[j], 0);
    }
    // Chebyshev polynomial T_j(w0) and its first two derivatives, by the three-term recurrence.
    double z1 = w0;
    double z2 = 1;
    double dz1 = 1;
    double dz2 = 0;
    double ddz1 = 0;
    double ddz2 = 0;
    for (int stage = 2; stage <= s; stage++) {
      double z = 2 * w0 * z1 - z2;
      double dz = 2 * w0 * dz1 - dz2 + 2 * z1;
      double ddz = 2 * w0 * ddz1 - ddz2 + 4 * dz1;
      double b = ddz / (dz * dz);
      double aPrev = 1 - z1 * bPrev;
      double mu = 2 * w0 * b / bPrev;
      double nu = -b / bOlder;
      double muTilde = mu * w1 / w0;
      oracle.evaluate(previous, slope);
      for (int j = 0; j < params.length; j++) {
        ops.copy(params[j], current[j], sizes[j]);
        ops.scale(current[j], sizes[j], 1 - mu - nu);
        ops.axpy(sizes[j], mu, previous[j], 0, current[j], 0);
        ops.axpy(sizes[j], nu, older[j], 0, current[j], 0);
        ops.axpy(sizes[j], -t * muTilde, slope[j], 0, current[j], 0);
        ops.axpy(sizes[j], t * muTilde * aPrev, grads[j], 0, current[j], 0);
      }
      B[] spare = older;
      older = previous;
      previous = current;
      current = spare;
      bOlder = bPrev;
      bPrev = b;
      z2 = z1;
      z1 = z;
      dz2 = dz1;
      dz1 = dz;
      ddz2 = ddz1;
      ddz1 = ddz;
    }
    for (int j = 0; j < params.length; j++) {
      ops.copy(previous[j], out[j], sizes[j]);
    }
    return oracle.evaluate(out, outGrads);
  }

  /** e = 0.8·(θ − θ') − 0.4·t·(∇ℓ(θ) + ∇ℓ(θ')), scaled as {@link FlowMethod} says. */
  @Override
  public double errorNorm(B[] params, B[] grads, double t, B[] out, B[] outGrads) {
    double sum = 0;
    long count = 0;
    for (int j = 0; j < params.length; j++) {
      ops.copy(params[j], slope[j], sizes[j]);
      ops.axpy(sizes[j], -1, out[j], 0, slope[j], 0);
      ops.scale(slope[j], sizes[j], 0.8);
      ops.axpy(sizes[j], -0.4 * t, grads[j], 0, slope[j], 0);
      ops.axpy(sizes[j], -0.4 * t, outGrads[j], 0, slope[j], 0);
      sum += ops.scaledSquares(sizes[j], slope[j], 1.0, params[j], out[j], atol, rtol);
      count += sizes[j];
    }
    return Math.sqrt(sum / count);
  }
}
