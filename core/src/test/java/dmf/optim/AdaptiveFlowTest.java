package dmf.optim;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dmf.linalg.Precision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The adaptive integrator against the exact gradient flow of a quadratic, θ(t) = c + (θ₀ −
 * c)·e^{−λt}, and its landing on a loss threshold.
 */
class AdaptiveFlowTest {
  static final int[] SIZES = {3, 2};

  /** Integrates until the flow time reaches {@code until}; returns {time, max error}. */
  static double[] integrate(AdaptiveFlow<Object> flow, Quadratic q, double until) {
    double[][] start = q.start(8);
    Object[] params = q.buffers(start, 0, 0);
    Object[] grads = q.buffers(start, 0, 0);
    flow.reset(q.ops, SIZES);
    double loss = q.evaluate(params, grads);
    double t = 0;
    int steps = 0;
    while (t < until) {
      Step s = flow.step(params, grads, loss, q);
      assertTrue(s.hasFreshGradient());
      assertTrue(s.evaluations() >= 3, "an accepted step costs three evaluations");
      loss = s.freshLoss();
      t += s.stepSize();
      steps++;
      assertTrue(steps < 10_000, "too many steps");
    }
    double[][] exact = q.flow(start, t);
    double err = 0;
    for (int j = 0; j < SIZES.length; j++) {
      double[] got = q.read(params[j], SIZES[j]);
      for (int i = 0; i < SIZES[j]; i++) {
        err = Math.max(err, Math.abs(got[i] - exact[j][i]));
      }
    }
    return new double[] {t, err, steps};
  }

  @ParameterizedTest
  @EnumSource(Precision.class)
  void followsTheExactFlowOfAQuadratic(Precision p) {
    double rtol = p == Precision.FLOAT64 ? 1e-7 : 1e-4;
    AdaptiveFlow<Object> flow = new AdaptiveFlow<>(1e-3, rtol, rtol * 1e-3, 10);
    double[] r = integrate(flow, new Quadratic(p, SIZES, 4), 3.0);
    // Local errors are held to about rtol per step; the contracting flow keeps the global error
    // of the same order.
    assertTrue(r[1] < 50 * rtol, p + ": max error " + r[1] + " at t = " + r[0]);
    // Step sizes grew from 1e-3: far fewer steps than fixed steps of 1e-3 would take.
    assertTrue(r[2] < 300, p + ": steps " + r[2]);
  }

  @Test
  void tighterTolerancesGiveSmallerErrors() {
    double loose =
        integrate(
            new AdaptiveFlow<>(1e-2, 1e-3, 1e-6, 10),
            new Quadratic(Precision.FLOAT64, SIZES, 4),
            2)[1];
    double tight =
        integrate(
            new AdaptiveFlow<>(1e-2, 1e-7, 1e-10, 10),
            new Quadratic(Precision.FLOAT64, SIZES, 4),
            2)[1];
    assertTrue(tight < loose / 100, "tight " + tight + " vs loose " + loose);
  }

  @Test
  void aTooLargeFirstStepIsRejectedAndShrunk() {
    AdaptiveFlow<Object> flow = new AdaptiveFlow<>(50, 1e-6, 1e-9, 100);
    double[] r = integrate(flow, new Quadratic(Precision.FLOAT64, SIZES, 4), 1.0);
    assertTrue(flow.rejectedSteps() > 0);
    assertTrue(r[1] < 1e-4, "max error " + r[1]);
  }

  @Test
  void landsOnTheLossThresholdFromAbove() {
    Quadratic q = new Quadratic(Precision.FLOAT64, SIZES, 4);
    double[][] start = q.start(8);
    Object[] params = q.buffers(start, 0, 0);
    Object[] grads = q.buffers(start, 0, 0);
    double loss = q.evaluate(params, grads);
    double threshold = 1e-4 * loss;
    // A loose tolerance and a large maximum step: without the event the last step would overshoot.
    AdaptiveFlow<Object> flow = new AdaptiveFlow<>(0.1, 1e-3, 1e-6, 100, threshold);
    flow.reset(q.ops, SIZES);
    int steps = 0;
    while (loss > threshold) {
      loss = flow.step(params, grads, loss, q).freshLoss();
      assertTrue(++steps < 1000);
    }
    assertTrue(loss >= 0.999 * threshold && loss <= threshold, loss / threshold + " × threshold");
  }
}
