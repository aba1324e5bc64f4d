package dmf.optim;

import dmf.linalg.Ops;

/**
 * Error-controlled integration of the gradient flow dθ/dt = −∇ℓ(θ), the small-step limit of
 * gradient descent.
 *
 * <p>Bogacki–Shampine 3(2) embedded Runge–Kutta pair with first-same-as-last: an accepted step
 * costs three gradient evaluations, and its embedded second-order solution gives a local error
 * estimate. A step is accepted when the RMS of err_i/(atol + rtol·|θ_i|) is at most 1; the next
 * time step is h·min(5, max(0.2, 0.9·err^(−1/3))). The flow time reached after k steps corresponds
 * to k'·lr of gradient descent, where k' is the number of GD iterations with learning rate lr.
 *
 * <p>Stopping at a loss threshold is located as an event: a step that would cross the threshold by
 * more than 0.1% is shortened (regula falsi on log loss, a few RK steps) so that the flow stops
 * within [0.999, 1]·threshold, where small-step gradient descent stops too. Otherwise the last step
 * could overshoot far below the threshold and end at a different point of the trajectory.
 *
 * @param <B> the buffer type
 */
public final class AdaptiveFlow<B> implements Optimizer<B> {
  private static final double A21 = 0.5;
  private static final double A32 = 0.75;
  private static final double B1 = 2.0 / 9;
  private static final double B2 = 1.0 / 3;
  private static final double B3 = 4.0 / 9;
  private static final double E1 = -5.0 / 72;
  private static final double E2 = 1.0 / 12;
  private static final double E3 = 1.0 / 9;
  private static final double E4 = -1.0 / 8;
  private static final double EVENT_LOW = 0.999;
  private static final int EVENT_ITERATIONS = 12;

  private final double rtol;
  private final double atol;
  private final double maxStep;
  private final double stopLoss;
  private final double initialStep;
  private double h;
  private Ops<B> ops;
  private int[] sizes;
  private B[] k2;
  private B[] k3;
  private B[] k4;
  private B[] trial;
  private B[] next;
  private int rejected;

  /**
   * @param initialStep first time step (e.g. the learning rate)
   * @param rtol relative tolerance per entry
   * @param atol absolute tolerance per entry
   * @param maxStep the largest time step allowed
   */
  public AdaptiveFlow(double initialStep, double rtol, double atol, double maxStep) {
    this(initialStep, rtol, atol, maxStep, 0);
  }

  /**
   * @param initialStep first time step (e.g. the learning rate)
   * @param rtol relative tolerance per entry
   * @param atol absolute tolerance per entry
   * @param maxStep the largest time step allowed
   * @param stopLoss the loss threshold to land on (0 for none)
   */
  public AdaptiveFlow(
      double initialStep, double rtol, double atol, double maxStep, double stopLoss) {
    this.initialStep = initialStep;
    this.h = initialStep;
    this.rtol = rtol;
    this.atol = atol;
    this.maxStep = maxStep;
    this.stopLoss = stopLoss;
  }

  @Override
  public String name() {
    return "flow";
  }

  /**
   * @return steps rejected so far
   */
  public int rejectedSteps() {
    return rejected;
  }

  @Override
  @SuppressWarnings("unchecked")
  public void reset(Ops<B> ops, int[] sizes) {
    this.ops = ops;
    this.sizes = sizes.clone();
    int n = sizes.length;
    k2 = (B[]) new Object[n];
    k3 = (B[]) new Object[n];
    k4 = (B[]) new Object[n];
    trial = (B[]) new Object[n];
    next = (B[]) new Object[n];
    for (int j = 0; j < n; j++) {
      k2[j] = ops.alloc(sizes[j]);
      k3[j] = ops.alloc(sizes[j]);
      k4[j] = ops.alloc(sizes[j]);
      trial[j] = ops.alloc(sizes[j]);
      next[j] = ops.alloc(sizes[j]);
    }
    rejected = 0;
    h = initialStep;
  }

  @Override
  public Step step(B[] params, B[] grads, double loss, GradientOracle<B> oracle) {
    // Slopes are gradients here; the flow moves along −gradient, hence the minus signs.
    int evals = 0;
    while (true) {
      double newLoss = rungeKutta(params, grads, h, oracle);
      evals += 3;
      double err = errorNorm(params, grads);
      if (Double.isFinite(newLoss) && Double.isFinite(err) && err <= 1.0) {
        double used = h;
        if (stopLoss > 0 && loss > stopLoss && newLoss < EVENT_LOW * stopLoss) {
          double[] located = locate(params, grads, loss, newLoss, oracle);
          used = located[0];
          newLoss = located[1];
          evals += (int) located[2];
        }
        for (int j = 0; j < params.length; j++) {
          ops.copy(next[j], params[j], sizes[j]);
          ops.copy(k4[j], grads[j], sizes[j]);
        }
        double factor = err == 0 ? 5 : Math.min(5, Math.max(0.2, 0.9 * Math.pow(err, -1.0 / 3)));
        h = Math.min(maxStep, h * factor);
        return new Step(used, evals, newLoss);
      }
      rejected++;
      h *= Double.isFinite(err) ? Math.max(0.2, 0.9 * Math.pow(err, -1.0 / 3)) : 0.1;
      if (h < 1e-300) {
        // Nothing finite can be reached: report the non-finite point as the new state.
        for (int j = 0; j < params.length; j++) {
          ops.copy(next[j], params[j], sizes[j]);
          ops.copy(k4[j], grads[j], sizes[j]);
        }
        return new Step(h, evals, newLoss);
      }
    }
  }

  /**
   * Shortens the step so the loss lands in [EVENT_LOW, 1]·stopLoss: regula falsi (Illinois) on t ↦
   * log(loss after an RK step of length t) − log(stopLoss). Leaves the chosen step in next/k4.
   *
   * @return {step used, loss reached, gradient evaluations spent}
   */
  private double[] locate(
      B[] params, B[] grads, double loss, double newLoss, GradientOracle<B> oracle) {
    double target = Math.log(stopLoss);
    double t0 = 0;
    double f0 = Math.log(loss) - target;
    double t1 = h;
    double f1 = Math.log(newLoss) - target;
    double best = h;
    double bestLoss = newLoss;
    int evals = 0;
    int side = 0;
    for (int it = 0; it < EVENT_ITERATIONS; it++) {
      double t = (t0 * f1 - t1 * f0) / (f1 - f0);
      if (!(t > t0 && t < t1)) {
        t = 0.5 * (t0 + t1);
      }
      double l = rungeKutta(params, grads, t, oracle);
      evals += 3;
      if (!Double.isFinite(l)) {
        t1 = t;
        continue;
      }
      double f = Math.log(l) - target;
      if (f <= 0) {
        best = t;
        bestLoss = l;
        if (l >= EVENT_LOW * stopLoss) {
          return new double[] {t, l, evals};
        }
        t1 = t;
        f1 = f;
        if (side == -1) {
          f0 *= 0.5;
        }
        side = -1;
      } else {
        t0 = t;
        f0 = f;
        if (side == 1) {
          f1 *= 0.5;
        }
        side = 1;
      }
    }
    // Not within the band after the budget: redo the best crossing step found.
    rungeKutta(params, grads, best, oracle);
    return new double[] {best, bestLoss, evals + 3};
  }

  /**
   * One Bogacki–Shampine step of length t from params (gradient grads): stages in k2, k3, the
   * third-order point in next and its gradient in k4.
   *
   * @return the loss at next
   */
  private double rungeKutta(B[] params, B[] grads, double t, GradientOracle<B> oracle) {
    combine(params, -t * A21, grads, 0, null, 0, null, trial);
    oracle.evaluate(trial, k2);
    combine(params, 0, grads, -t * A32, k2, 0, null, trial);
    oracle.evaluate(trial, k3);
    combine(params, -t * B1, grads, -t * B2, k2, -t * B3, k3, next);
    return oracle.evaluate(next, k4);
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

  /** RMS over all entries of e_i/(atol + rtol·max(|θ_i|, |θ'_i|)), e = −h·(E1 g1 + … + E4 g4). */
  private double errorNorm(B[] params, B[] g1) {
    double sum = 0;
    long count = 0;
    for (int j = 0; j < params.length; j++) {
      // trial := E1 g1 + E2 k2 + E3 k3 + E4 k4 (the error direction, up to the factor −h)
      ops.zero(trial[j], sizes[j]);
      ops.axpy(sizes[j], E1, g1[j], 0, trial[j], 0);
      ops.axpy(sizes[j], E2, k2[j], 0, trial[j], 0);
      ops.axpy(sizes[j], E3, k3[j], 0, trial[j], 0);
      ops.axpy(sizes[j], E4, k4[j], 0, trial[j], 0);
      sum += ops.scaledSquares(sizes[j], trial[j], h, params[j], next[j], atol, rtol);
      count += sizes[j];
    }
    return Math.sqrt(sum / count);
  }
}
