package dmf.optim;

import static dmf.testing.Fixtures.ops;
import static dmf.testing.Fixtures.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import dmf.linalg.Ops;
import dmf.linalg.Precision;
import dmf.testing.Fixtures;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * GroupRMSprop against a step sequence computed by hand from the official code of Arora et al.
 * (2019): ONE scalar second moment over all parameters, v ← α·v + (1 − α)·Σ_j ‖∇_j‖², bias
 * correction v̂ = v/(1 − α^t), and ε outside the square root, η = lr/(√v̂ + ε).
 */
class GroupRmsPropTest {
  /** A one-gradient method must not call the oracle. */
  static final GradientOracle<Object> NO_ORACLE =
      (p, g) -> fail("one-gradient optimizer called the oracle");

  @ParameterizedTest
  @EnumSource(Precision.class)
  void matchesTheHandComputedSequence(Precision p) {
    Ops<Object> ops = ops(p);
    double tol = p == Precision.FLOAT64 ? 1e-15 : 1e-7;
    // lr 1, α 1/2, ε 1/4; two buffers A (2 entries) and B (1 entry).
    GroupRmsProp<Object> opt = new GroupRmsProp<>(1.0, 0.5, 0.25);
    opt.reset(ops, new int[] {2, 1});
    Object[] params = {ops.fromDoubles(new double[] {1, 2}), ops.fromDoubles(new double[] {-1})};

    // Step 1, ∇A = (3, 0), ∇B = (4): Σ‖∇‖² = 25, v = ½·25 = 12.5, v̂ = 12.5/(1 − ½) = 25,
    // η = 1/(√25 + ¼) = 4/21.
    // (Per-buffer moments, ε inside the root or no bias correction would all give another η.)
    Object[] g1 = {ops.fromDoubles(new double[] {3, 0}), ops.fromDoubles(new double[] {4})};
    Step s1 = opt.step(params, g1, 1.0, NO_ORACLE);
    assertEquals(4.0 / 21, s1.stepSize(), 1e-16);
    assertEquals(0, s1.evaluations());
    assertFalse(s1.hasFreshGradient());
    Fixtures.assertClose(new double[] {1 - 12.0 / 21, 2}, read(ops, params[0], 2), tol, "A1");
    Fixtures.assertClose(new double[] {-1 - 16.0 / 21}, read(ops, params[1], 1), tol, "B1");

    // Step 2, ∇A = (1, 1), ∇B = (−1): Σ = 3, v = ½·12.5 + ½·3 = 7.75, v̂ = 7.75/(1 − ¼) = 31/3,
    // η = 1/(√(31/3) + ¼).
    Object[] g2 = {ops.fromDoubles(new double[] {1, 1}), ops.fromDoubles(new double[] {-1})};
    double eta2 = 1 / (Math.sqrt(31.0 / 3) + 0.25);
    Step s2 = opt.step(params, g2, 1.0, NO_ORACLE);
    assertEquals(eta2, s2.stepSize(), 1e-16);
    Fixtures.assertClose(
        new double[] {1 - 12.0 / 21 - eta2, 2 - eta2}, read(ops, params[0], 2), tol, "A2");
    Fixtures.assertClose(new double[] {-1 - 16.0 / 21 + eta2}, read(ops, params[1], 1), tol, "B2");

    // Step 3 with a zero gradient: v = ½·7.75, v̂ = 3.875/(1 − ⅛); nothing moves.
    Object[] g3 = {ops.alloc(2), ops.alloc(1)};
    double eta3 = 1 / (Math.sqrt(3.875 / 0.875) + 0.25);
    assertEquals(eta3, opt.step(params, g3, 1.0, NO_ORACLE).stepSize(), 1e-16);

    // reset clears the moment and the step count: step 1 again gives 4/21.
    opt.reset(ops, new int[] {2, 1});
    assertEquals(4.0 / 21, opt.step(params, g1, 1.0, NO_ORACLE).stepSize(), 1e-16);
  }

  @ParameterizedTest
  @EnumSource(Precision.class)
  void theFirstStepHasLengthAboutLrWhateverTheGradientScale(Precision p) {
    // With bias correction, v̂₁ = ‖∇‖², so the first step is lr·∇/(‖∇‖ + ε): length ≈ lr.
    Ops<Object> ops = ops(p);
    for (double scale : new double[] {1e-3, 1, 1e3}) {
      GroupRmsProp<Object> opt = new GroupRmsProp<>(1e-3, 0.99, 1e-8);
      opt.reset(ops, new int[] {2});
      Object[] params = {ops.alloc(2)};
      Object[] g = {ops.fromDoubles(new double[] {3 * scale, 4 * scale})};
      opt.step(params, g, 1.0, NO_ORACLE);
      double[] moved = read(ops, params[0], 2);
      assertEquals(1e-3, Math.hypot(moved[0], moved[1]), 1e-3 * 1e-5, "scale " + scale);
    }
  }
}
