package dmf.optim;

import dmf.linalg.Ops;

/**
 * Error-controlled integration of the gradient flow dθ/dt = −∇ℓ(θ), the small-step limit of
 * gradient descent.
 *
 * <p>Steps are taken with the Bogacki–Shampine 3(2) pair ({@link BogackiShampine}): an accepted
 * step costs three gradient evaluations, and its embedded second-order solution gives a local error
 * estimate. A step is accepted when the RMS of err_i/(atol + rtol·|θ_i|) is at most 1; the next
 * time step is h·min(5, max(0.2, 0.9·err^(−1/p))) for an error estimate of order p. The flow time
 * reached after k steps corresponds to k'·lr of gradient descent, where k' is the number of GD
 * iterations with learning rate lr.
 *
 * <p><b>Stiff variant</b> ({@code stiff = true}, optimizer {@code flow-stiff}). Late in a run the
 * flow can be stiff: the largest curvature ρ caps any classical explicit method at h ≈ 2.5/ρ while
 * slow directions still move, so most evaluations go to staying stable (on rank-5 Gaussian sensing
 * with 2500 measurements, Bogacki–Shampine sits at h ≈ 90 for the last 90% of the flow time). The
 * stiff variant estimates ρ ({@link SpectralRadius}) at the start, every {@value #RADIUS_EVERY}
 * accepted steps and after a rejected step; a step with h·ρ above {@value #STIFF} is taken with the
 * Runge–Kutta–Chebyshev method ({@link RungeKuttaChebyshev}), with the stages stability needs, and
 * any other step with the Dormand–Prince 5(4) pair ({@link DormandPrince}), whose longer steps suit
 * the smooth growth from a small initialization. After a rejected step the step does not grow at
 * the next acceptance. It integrates the same flow to the same tolerance, with fewer evaluations
 * where the flow is stiff (and more where it is not: it is not the default).
 *
 * <p>Stopping at a loss threshold is located as an event: a step that would cross the threshold by
 * more than 0.1% is shortened (regula falsi on log loss, a few steps) so that the flow stops within
 * [0.999, 1]·threshold, where small-step gradient descent stops too. Otherwise the last step could
 * overshoot far below the threshold and end at a different point of the trajectory.
 *
 * @param <B> the buffer type
 */
public final class AdaptiveFlow<B> implements Optimizer<B> {
  private static final double EVENT_LOW = 0.999;
  private static final int EVENT_ITERATIONS = 12;

  /** Re-estimate ρ after this many accepted steps. */
  static final int RADIUS_EVERY = 25;

  /**
   * Above this h·ρ a step is stiff (ρ carries a safety factor of 1.2; Dormand–Prince is stable to
   * about 3.3).
   */
  static final double STIFF = 2.0;

  /** The most RKC stages per step; longer steps are cut to what this many keep stable. */
  static final int MAX_STAGES = 64;

  private final double rtol;
  private final double atol;
  private final double maxStep;
  private final double stopLoss;
  private final double initialStep;
  private final boolean stiff;
  private double h;
  private Ops<B> ops;
  private int[] sizes;
  private B[] next;
  private B[] nextGrads;
  private FlowMethod<B> smooth;
  private RungeKuttaChebyshev<B> rkc;
  private SpectralRadius<B> radius;
  private double rho;
  private int sinceRadius;
  private int rejected;

  /**
   * @param initialStep first time step (e.g. the learning rate)
   * @param rtol relative tolerance per entry
   * @param atol absolute tolerance per entry
   * @param maxStep the largest time step allowed
   */
  public AdaptiveFlow(double initialStep, double rtol, double atol, double maxStep) {
    this(initialStep, rtol, atol, maxStep, 0, false);
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
    this(initialStep, rtol, atol, maxStep, stopLoss, false);
  }

  /**
   * @param initialStep first time step (e.g. the learning rate)
   * @param rtol relative tolerance per entry
   * @param atol absolute tolerance per entry
   * @param maxStep the largest time step allowed
   * @param stopLoss the loss threshold to land on (0 for none)
   * @param stiff the stiff variant (see the class comment)
   */
  public AdaptiveFlow(
      double initialStep,
      double rtol,
      double atol,
      double maxStep,
      double stopLoss,
      boolean stiff) {
    this.h = initialStep;
    this.rtol = rtol;
    this.atol = atol;
    this.maxStep = maxStep;
    this.stopLoss = stopLoss;
    this.stiff = stiff;
    this.initialStep = initialStep;
  }

  @Override
  public String name() {
    return stiff ? "flow-stiff" : "flow";
  }

  /**
   * @return steps rejected so far
   */
  public int rejectedSteps() {
    return rejected;
  }

  @Override
  public void reset(Ops<B> ops, int[] sizes) {
    this.ops = ops;
    this.sizes = sizes.clone();
    next = FlowMethod.alloc(ops, sizes);
    nextGrads = FlowMethod.alloc(ops, sizes);
    smooth =
        stiff
            ? new DormandPrince<>(ops, sizes, rtol, atol)
            : new BogackiShampine<>(ops, sizes, rtol, atol);
    rkc = stiff ? new RungeKuttaChebyshev<>(ops, sizes, rtol, atol) : null;
    radius = stiff ? new SpectralRadius<>(ops, sizes) : null;
    rho = Double.NaN;
    sinceRadius = 0;
    rejected = 0;
    h = initialStep;
  }

  @Override
  public Step step(B[] params, B[] grads, double loss, GradientOracle<B> oracle) {
    int evals = 0;
    boolean retried = false;
    if (stiff && (Double.isNaN(rho) || sinceRadius >= RADIUS_EVERY)) {
      evals += estimateRadius(params, grads, oracle);
    }
    while (true) {
      if (stiff && h * rho > STIFF) {
        int most = MAX_STAGES;
        h = Math.min(h, ((most - 1.0) * (most - 1.0) - 1) / (1.54 * rho));
      }
      FlowMethod<B> method = methodFor(h);
      double newLoss = method.advance(params, grads, h, oracle, next, nextGrads);
      evals += method.evaluations();
      double err = method.errorNorm(params, grads, h, next, nextGrads);
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
          ops.copy(nextGrads[j], grads[j], sizes[j]);
        }
        double power = -1.0 / method.errorOrder();
        double factor = err == 0 ? 5 : Math.min(5, Math.max(0.2, 0.9 * Math.pow(err, power)));
        if (stiff && retried) {
          // Right after a rejection, do not grow again at once (Hairer and Wanner's rule); without
          // it the step hunts around the largest acceptable one, paying a rejection every step.
          factor = Math.min(1, factor);
        }
        h = Math.min(maxStep, h * factor);
        sinceRadius++;
        return new Step(used, evals, newLoss);
      }
      rejected++;
      retried = true;
      double power = -1.0 / method.errorOrder();
      h *= Double.isFinite(err) ? Math.max(0.2, 0.9 * Math.pow(err, power)) : 0.1;
      if (stiff && sinceRadius > 0) {
        // A rejection may mean that ρ has grown: measure it again (once per step).
        evals += estimateRadius(params, grads, oracle);
      }
      if (h < 1e-300) {
        // Nothing finite can be reached: report the non-finite point as the new state.
        for (int j = 0; j < params.length; j++) {
          ops.copy(next[j], params[j], sizes[j]);
          ops.copy(nextGrads[j], grads[j], sizes[j]);
        }
        return new Step(h, evals, newLoss);
      }
    }
  }

  private int estimateRadius(B[] params, B[] grads, GradientOracle<B> oracle) {
    rho = radius.estimate(params, grads, oracle);
    sinceRadius = 0;
    return radius.evaluations();
  }

  /** The smooth-phase method where it is stable at step t, else RKC with the stages t needs. */
  private FlowMethod<B> methodFor(double t) {
    if (!stiff || !(t * rho > STIFF)) {
      return smooth;
    }
    rkc.setStages(RungeKuttaChebyshev.stagesFor(t, rho));
    return rkc;
  }

  /**
   * Shortens the step so the loss lands in [EVENT_LOW, 1]·stopLoss: regula falsi (Illinois) on t ↦
   * log(loss after a step of length t) − log(stopLoss). Leaves the chosen step in next/nextGrads.
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
      FlowMethod<B> method = methodFor(t);
      double l = method.advance(params, grads, t, oracle, next, nextGrads);
      evals += method.evaluations();
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
    FlowMethod<B> method = methodFor(best);
    method.advance(params, grads, best, oracle, next, nextGrads);
    return new double[] {best, bestLoss, evals + method.evaluations()};
  }
}
