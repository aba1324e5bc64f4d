package dmf.optim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dmf.linalg.Precision;
import dmf.testing.Fixtures;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The rules every {@link Optimizer} obeys, run against each implementation in float64 and float32
 * on a convex separable quadratic (two buffers, padded beyond their sizes):
 *
 * <ul>
 *   <li>{@code reset} followed by the same steps replays bit for bit;
 *   <li>with a small enough step, parameters move downhill: ⟨Δθ, ∇ℓ⟩ &lt; 0 and the loss decreases;
 *   <li>the gradient buffers are overwritten only as {@link Step#freshLoss} says: left alone when
 *       it is NaN, else holding the gradient at the new parameters (and freshLoss the loss there);
 *   <li>nothing beyond the declared outputs changes: the sizes array, entries past each size;
 *   <li>float32 and float64 agree to float32 precision over a few steps.
 * </ul>
 */
abstract class OptimizerContract {
  static final int[] SIZES = {3, 2};
  static final int PAD = 2;
  static final double SENTINEL = 777;
  static final int STEPS = 6;

  /**
   * @return a new optimizer whose step is small enough to descend on the quadratic (curvature ≤ 2,
   *     distance about 1 from the minimum)
   */
  protected abstract Optimizer<Object> create();

  /**
   * @return its command-line name
   */
  protected abstract String name();

  /**
   * @return how many steps float32 and float64 take in agreement to float32 precision
   */
  protected int stepsThatAgreeAcrossPrecisions() {
    return 3;
  }

  /** Parameters, gradient buffers, losses and steps of one run. */
  record Run(double[][] params, double[][] grads, double[] losses, List<Step> steps) {}

  /** Runs the training loop's protocol: evaluate, step, re-evaluate unless the step did. */
  static Run run(Optimizer<Object> opt, Quadratic q, int steps, boolean reset) {
    double[][] start = q.start(5);
    Object[] params = q.buffers(start, PAD, SENTINEL);
    Object[] grads = q.buffers(start, PAD, SENTINEL);
    if (reset) {
      opt.reset(q.ops, SIZES.clone());
    }
    double loss = q.evaluate(params, grads);
    double[] losses = new double[steps + 1];
    losses[0] = loss;
    List<Step> taken = new ArrayList<>();
    for (int s = 0; s < steps; s++) {
      Step st = opt.step(params, grads, loss, q);
      taken.add(st);
      loss = st.hasFreshGradient() ? st.freshLoss() : q.evaluate(params, grads);
      losses[s + 1] = loss;
    }
    return new Run(q.readAll(params), q.readAll(grads), losses, taken);
  }

  static Quadratic quadratic(Precision p) {
    return new Quadratic(p, SIZES, 3);
  }

  @Test
  void nameIsTheCommandLineName() {
    assertEquals(name(), create().name());
  }

  @ParameterizedTest
  @EnumSource(Precision.class)
  void resetThenTheSameStepsReplayBitForBit(Precision p) {
    Optimizer<Object> opt = create();
    Run first = run(opt, quadratic(p), STEPS, true);
    Run again = run(opt, quadratic(p), STEPS, true); // the same instance, reset
    Run fresh = run(create(), quadratic(p), STEPS, true);
    for (Run r : List.of(again, fresh)) {
      assertTrue(Arrays.deepEquals(first.params(), r.params()), p + ": parameters differ");
      assertTrue(Arrays.deepEquals(first.grads(), r.grads()), p + ": gradients differ");
      assertArrayEquals(first.losses(), r.losses(), p + ": losses differ");
      assertEquals(first.steps(), r.steps(), p + ": steps differ");
    }
  }

  @ParameterizedTest
  @EnumSource(Precision.class)
  void movesDownhillOnAConvexQuadratic(Precision p) {
    Quadratic q = quadratic(p);
    Optimizer<Object> opt = create();
    opt.reset(q.ops, SIZES.clone());
    double[][] start = q.start(5);
    Object[] params = q.buffers(start, 0, 0);
    Object[] grads = q.buffers(start, 0, 0);
    double loss = q.evaluate(params, grads);
    for (int s = 0; s < STEPS; s++) {
      double[][] before = q.readAll(params);
      double[][] g = q.readAll(grads);
      Step st = opt.step(params, grads, loss, q);
      double next = st.hasFreshGradient() ? st.freshLoss() : q.evaluate(params, grads);
      double[][] after = q.readAll(params);
      double inner = 0;
      for (int j = 0; j < SIZES.length; j++) {
        for (int i = 0; i < SIZES[j]; i++) {
          inner += (after[j][i] - before[j][i]) * g[j][i];
        }
      }
      assertTrue(inner < 0, p + " step " + s + ": ⟨Δθ, ∇ℓ⟩ = " + inner);
      assertTrue(next < loss, p + " step " + s + ": loss " + loss + " → " + next);
      assertTrue(st.stepSize() > 0 && Double.isFinite(st.stepSize()), "step size " + st);
      assertTrue(st.evaluations() >= 0);
      loss = next;
    }
  }

  @ParameterizedTest
  @EnumSource(Precision.class)
  void gradientsAreOverwrittenOnlyAsTheStepSays(Precision p) {
    Quadratic q = quadratic(p);
    Optimizer<Object> opt = create();
    opt.reset(q.ops, SIZES.clone());
    double[][] start = q.start(5);
    Object[] params = q.buffers(start, 0, 0);
    Object[] grads = q.buffers(start, 0, 0);
    double loss = q.evaluate(params, grads);
    for (int s = 0; s < STEPS; s++) {
      double[][] g = q.readAll(grads);
      int evaluationsBefore = q.evaluations;
      Step st = opt.step(params, grads, loss, q);
      assertEquals(
          st.evaluations(), q.evaluations - evaluationsBefore, "evaluations reported by " + st);
      if (st.hasFreshGradient()) {
        Object[] check = q.buffers(start, 0, 0);
        double there = q.evaluate(params, check);
        assertEquals(there, st.freshLoss(), 0, "freshLoss is the loss at the new parameters");
        assertTrue(
            Arrays.deepEquals(q.readAll(check), q.readAll(grads)),
            "fresh gradient is the gradient at the new parameters");
        loss = st.freshLoss();
      } else {
        assertTrue(
            Arrays.deepEquals(g, q.readAll(grads)), p + " step " + s + ": gradient overwritten");
        loss = q.evaluate(params, grads);
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Precision.class)
  void nothingBeyondTheDeclaredOutputsChanges(Precision p) {
    Quadratic q = quadratic(p);
    Optimizer<Object> opt = create();
    int[] sizes = SIZES.clone();
    opt.reset(q.ops, sizes);
    assertArrayEquals(SIZES, sizes, "reset modified the sizes array");
    sizes[0] = 0; // the caller's array is not the optimizer's state
    double[][] start = q.start(5);
    Object[] params = q.buffers(start, PAD, SENTINEL);
    Object[] grads = q.buffers(start, PAD, SENTINEL);
    double loss = q.evaluate(params, grads);
    for (int s = 0; s < STEPS; s++) {
      Step st = opt.step(params, grads, loss, q);
      loss = st.hasFreshGradient() ? st.freshLoss() : q.evaluate(params, grads);
    }
    Run reference = run(create(), quadratic(p), STEPS, true);
    double[][] pAll = q.readAll(params);
    assertTrue(Arrays.deepEquals(reference.params(), pAll), "changing the sizes array mattered");
    for (double[][] bufs : List.of(pAll, q.readAll(grads))) {
      for (int j = 0; j < SIZES.length; j++) {
        for (int i = SIZES[j]; i < SIZES[j] + PAD; i++) {
          assertEquals(SENTINEL, bufs[j][i], "entry past the size of buffer " + j + " written");
        }
      }
    }
  }

  @Test
  void float32AndFloat64AgreeToFloat32Precision() {
    int steps = stepsThatAgreeAcrossPrecisions();
    Run d = run(create(), quadratic(Precision.FLOAT64), steps, true);
    Run f = run(create(), quadratic(Precision.FLOAT32), steps, true);
    for (int j = 0; j < SIZES.length; j++) {
      Fixtures.assertClose(d.params()[j], f.params()[j], 1e-5, "buffer " + j);
    }
    Fixtures.assertClose(d.losses(), f.losses(), 1e-5, "losses");
    assertFalse(Arrays.deepEquals(d.params(), f.params()), "float32 should round somewhere");
  }
}
