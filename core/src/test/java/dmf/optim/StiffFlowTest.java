package dmf.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dmf.linalg.Ops;
import dmf.linalg.Ops64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The flow integrators on ℓ(θ) = ½·Σ λ_i θ_i², whose flow is known exactly: θ_i(t) = θ_i(0)·e^(−λ_i
 * t). The curvatures span 10⁻³ to 10, a stiffness ratio of 10⁴ like the end of a deep run.
 */
class StiffFlowTest {
  private static final double[] LAMBDA = spread(40, 1e-3, 10);

  static double[] spread(int n, double lo, double hi) {
    double[] out = new double[n];
    for (int i = 0; i < n; i++) {
      out[i] = lo * Math.pow(hi / lo, i / (n - 1.0));
    }
    return out;
  }

  /**
   * The optimizers allocate their buffer lists as Object[] (as the trainer, which runs them over
   * {@code Ops<Object>}); so do the tests.
   */
  @SuppressWarnings("unchecked")
  static final Ops<Object> OPS = (Ops<Object>) (Ops<?>) Ops64.INSTANCE;

  /** ½·Σ λ_i θ_i² over one buffer. */
  static final class Quadratic implements GradientOracle<Object> {
    final double[] lambda;
    int evaluations;

    Quadratic(double[] lambda) {
      this.lambda = lambda;
    }

    @Override
    public double evaluate(Object[] params, Object[] grads) {
      evaluations++;
      double loss = 0;
      double[] p = (double[]) params[0];
      for (int i = 0; i < lambda.length; i++) {
        double th = p[i];
        loss += 0.5 * lambda[i] * th * th;
        if (grads != null) {
          ((double[]) grads[0])[i] = lambda[i] * th;
        }
      }
      return loss;
    }
  }

  static Object[] start(int n) {
    double[] p = new double[n];
    for (int i = 0; i < n; i++) {
      p[i] = 1 + 0.01 * i;
    }
    return new Object[] {p};
  }

  static Object[] of(double... v) {
    return new Object[] {v};
  }

  static double at(Object[] b, int i) {
    return ((double[]) b[0])[i];
  }

  /**
   * Integrates to flow time {@code horizon}; returns {max relative error vs exact, evaluations}.
   */
  static double[] integrate(boolean stabilized, double horizon, double rtol) {
    AdaptiveFlow<Object> flow = new AdaptiveFlow<>(1e-3, rtol, 1e-12, 1e6, 0, stabilized);
    int n = LAMBDA.length;
    flow.reset(OPS, new int[] {n});
    Quadratic q = new Quadratic(LAMBDA);
    Object[] p = start(n);
    Object[] g = of(new double[n]);
    double loss = q.evaluate(p, g);
    double t = 0;
    while (t < horizon) {
      Step s = flow.step(p, g, loss, q);
      t += s.stepSize();
      loss = s.freshLoss();
    }
    // Compare at the time actually reached (the last step may pass the horizon).
    double err = 0;
    Object[] p0 = start(n);
    for (int i = 0; i < n; i++) {
      double exact = at(p0, i) * Math.exp(-LAMBDA[i] * t);
      err = Math.max(err, Math.abs(at(p, i) - exact) / at(p0, i));
    }
    return new double[] {err, q.evaluations};
  }

  @ParameterizedTest(name = "stabilized {0}")
  @ValueSource(booleans = {false, true})
  void followsTheExactFlowThroughAStiffDecay(boolean stabilized) {
    double[] r = integrate(stabilized, 2000, 1e-4);
    assertTrue(r[0] < 1e-4, "max error " + r[0] + " relative to θ(0)");
  }

  @Test
  void stabilizedStepsCostFarFewerEvaluationsWhenStiff() {
    double[] plain = integrate(false, 2000, 1e-4);
    double[] stab = integrate(true, 2000, 1e-4);
    // Bogacki–Shampine is held at h ≈ 2.5/10 by stability: about 24,000 evaluations for t = 2000
    // (measured: 24,112, against 5,135 stabilized).
    assertTrue(plain[1] > 15_000, "plain " + plain[1]);
    assertTrue(stab[1] < plain[1] / 3, "stabilized " + stab[1] + " vs plain " + plain[1]);
  }

  @Test
  void chebyshevStepsAreStableAtTheRadiusTheyAreSizedFor() {
    // One RKC step on θ' = −λθ multiplies θ by R(−tλ); with the stages sized for ρ = λ it must not
    // grow, for any length of step.
    for (double z : new double[] {0.5, 3, 20, 150, 1000, 4000}) {
      int s = RungeKuttaChebyshev.stagesFor(z, 1.0);
      RungeKuttaChebyshev<Object> m = new RungeKuttaChebyshev<>(OPS, new int[] {1}, 1e-6, 1e-12);
      m.setStages(s);
      Quadratic q = new Quadratic(new double[] {1.0});
      Object[] out = of(0);
      m.advance(of(1), of(1), z, q, out, of(0));
      double r = at(out, 0);
      assertTrue(Math.abs(r) <= 1.0, "|R(" + -z + ")| = " + r + " with " + s + " stages");
      assertEquals(s, q.evaluations, "stages");
    }
  }

  @Test
  void chebyshevStepIsSecondOrder() {
    // Local error of one step on θ' = −θ: O(t³), so halving t divides it by about 8.
    double[] err = new double[2];
    for (int k = 0; k < 2; k++) {
      double t = 0.2 / (1 << k);
      RungeKuttaChebyshev<Object> m = new RungeKuttaChebyshev<>(OPS, new int[] {1}, 1e-6, 1e-12);
      m.setStages(5);
      Object[] out = of(0);
      m.advance(of(1), of(1), t, new Quadratic(new double[] {1}), out, of(0));
      err[k] = Math.abs(at(out, 0) - Math.exp(-t));
    }
    double ratio = err[0] / err[1];
    assertTrue(ratio > 6.5 && ratio < 9.5, "error ratio " + ratio);
  }

  @Test
  void dormandPrinceStepIsFifthOrder() {
    // Local error of one step on θ' = −θ: O(t⁶), so halving t divides it by about 64.
    double[] err = new double[2];
    for (int k = 0; k < 2; k++) {
      double t = 0.4 / (1 << k);
      DormandPrince<Object> m = new DormandPrince<>(OPS, new int[] {1}, 1e-6, 1e-12);
      Object[] out = of(0);
      Quadratic q = new Quadratic(new double[] {1});
      m.advance(of(1), of(1), t, q, out, of(0));
      assertEquals(6, q.evaluations, "evaluations per step");
      err[k] = Math.abs(at(out, 0) - Math.exp(-t));
    }
    double ratio = err[0] / err[1];
    assertTrue(ratio > 50 && ratio < 80, "error ratio " + ratio);
  }

  @Test
  void spectralRadiusFindsTheLargestCurvature() {
    int n = LAMBDA.length;
    SpectralRadius<Object> sr = new SpectralRadius<>(OPS, new int[] {n});
    Quadratic q = new Quadratic(LAMBDA);
    Object[] p = start(n);
    Object[] g = of(new double[n]);
    q.evaluate(p, g);
    double rho = sr.estimate(p, g, q);
    // The power method stops when two quotients agree to 1%, so it may stop a little short of λ_max
    // (here the next curvature is 0.79·λ_max); the factor 1.2 covers that.
    assertTrue(rho >= 0.97 * 12 && rho <= 12 * (1 + 1e-9), "1.2·λ_max = 12, estimated " + rho);
    double again = sr.estimate(p, g, q);
    assertTrue(again >= rho * (1 - 1e-9) && again <= 12 * (1 + 1e-9), "again " + again);
    assertTrue(sr.evaluations() <= 3, "warm start took " + sr.evaluations());
  }
}
