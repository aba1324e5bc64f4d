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

  /** A run in progress on the quadratic: the training loop's protocol, one step at a time. */
  static final class Loop {
    final Quadratic q;
    final Optimizer<Object> opt;
    final double[][] start;
    final Object[] params;
    final Object[] grads;
    double loss;

    /** Resets the optimizer with {@code sizes} and evaluates the start; buffers padded by pad. */
    Loop(Optimizer<Object> opt, Precision p, int[] sizes, int pad) {
      this.q = quadratic(p);
      this.opt = opt;
      opt.reset(q.ops, sizes);
      start = q.start(5);
      params = q.buffers(start, pad, SENTINEL);
      grads = q.buffers(start, pad, SENTINEL);
      loss = q.evaluate(params, grads);
    }

    /** Takes a step, leaving the buffers as the optimizer left them. */
    Step step() {
      return opt.step(params, grads, loss, q);
    }

    /** After a step: the loss (and gradient) at the new parameters, evaluated unless fresh. */
    double advance(Step st) {
      loss = st.hasFreshGradient() ? st.freshLoss() : q.evaluate(params, grads);
      return loss;
    }
  }

  /** Takes the given number of steps of a loop and collects what they did. */
  static Run finish(Loop l, int steps) {
    double[] losses = new double[steps + 1];
    losses[0] = l.loss;
    List<Step> taken = new ArrayList<>();
    for (int s = 0; s < steps; s++) {
      Step st = l.step();
      taken.add(st);
      losses[s + 1] = l.advance(st);
    }
    return new Run(l.q.readAll(l.params), l.q.readAll(l.grads), losses, taken);
  }

  static Quadratic quadratic(Precision p) {
    return new Quadratic(p, SIZES, 3);
  }

  /** The inner product ⟨after − before, g⟩ over the first SIZES[j] entries of each buffer. */
  static double inner(double[][] before, double[][] after, double[][] g) {
    double sum = 0;
    for (int j = 0; j < SIZES.length; j++) {
      for (int i = 0; i < SIZES[j]; i++) {
        sum += (after[j][i] - before[j][i]) * g[j][i];
      }
    }
    return sum;
  }

  @Test
  void nameIsTheCommandLineName() {
    assertEquals(name(), create().name());
  }

  @ParameterizedTest
  @EnumSource(Precision.class)
  void resetThenTheSameStepsReplayBitForBit(Precision p) {
    Optimizer<Object> opt = create();
    Run first = finish(new Loop(opt, p, SIZES.clone(), PAD), STEPS);
    Run reset = finish(new Loop(opt, p, SIZES.clone(), PAD), STEPS);
    Run fresh = finish(new Loop(create(), p, SIZES.clone(), PAD), STEPS);
    for (Run r : List.of(reset, fresh)) {
      assertTrue(Arrays.deepEquals(first.params(), r.params()), p + ": parameters differ");
      assertTrue(Arrays.deepEquals(first.grads(), r.grads()), p + ": gradients differ");
      assertArrayEquals(first.losses(), r.losses(), p + ": losses differ");
      assertEquals(first.steps(), r.steps(), p + ": steps differ");
    }
  }

  @ParameterizedTest
  @EnumSource(Precision.class)
  void movesDownhillOnAConvexQuadratic(Precision p) {
    Loop l = new Loop(create(), p, SIZES.clone(), 0);
    for (int s = 0; s < STEPS; s++) {
      double[][] before = l.q.readAll(l.params);
      double[][] g = l.q.readAll(l.grads);
      double loss = l.loss;
      Step st = l.step();
      double dot = inner(before, l.q.readAll(l.params), g);
      double next = l.advance(st);
      assertTrue(dot < 0, p + " step " + s + ": ⟨Δθ, ∇ℓ⟩ = " + dot);
      assertTrue(next < loss, p + " step " + s + ": loss " + loss + " → " + next);
      assertTrue(st.stepSize() > 0 && Double.isFinite(st.stepSize()), "step size " + st);
    }
  }

  @ParameterizedTest
  @EnumSource(Precision.class)
  void gradientsAreOverwrittenOnlyAsTheStepSays(Precision p) {
    Loop l = new Loop(create(), p, SIZES.clone(), 0);
    for (int s = 0; s < STEPS; s++) {
      double[][] g = l.q.readAll(l.grads);
      int evaluationsBefore = l.q.evaluations;
      Step st = l.step();
      assertEquals(
          st.evaluations(), l.q.evaluations - evaluationsBefore, "evaluations reported by " + st);
      if (st.hasFreshGradient()) {
        Object[] check = l.q.buffers(l.start, 0, 0);
        assertEquals(l.q.evaluate(l.params, check), st.freshLoss(), 0, "freshLoss: the new loss");
        assertTrue(
            Arrays.deepEquals(l.q.readAll(check), l.q.readAll(l.grads)),
            "a fresh gradient is the gradient at the new parameters");
      } else {
        assertTrue(
            Arrays.deepEquals(g, l.q.readAll(l.grads)),
            p + " step " + s + ": gradient overwritten");
      }
      l.advance(st);
    }
  }

  @ParameterizedTest
  @EnumSource(Precision.class)
  void nothingBeyondTheDeclaredOutputsChanges(Precision p) {
    int[] sizes = SIZES.clone();
    Loop l = new Loop(create(), p, sizes, PAD);
    assertArrayEquals(SIZES, sizes, "reset modified the sizes array");
    sizes[0] = 0; // the caller's array is not the optimizer's state
    Run run = finish(l, STEPS);
    Run reference = finish(new Loop(create(), p, SIZES.clone(), PAD), STEPS);
    assertTrue(
        Arrays.deepEquals(reference.params(), run.params()), "changing the sizes array mattered");
    for (double[][] bufs : List.of(run.params(), run.grads())) {
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
    Run d = finish(new Loop(create(), Precision.FLOAT64, SIZES.clone(), 0), steps);
    Run f = finish(new Loop(create(), Precision.FLOAT32, SIZES.clone(), 0), steps);
    for (int j = 0; j < SIZES.length; j++) {
      Fixtures.assertClose(d.params()[j], f.params()[j], 1e-5, "buffer " + j);
    }
    Fixtures.assertClose(d.losses(), f.losses(), 1e-5, "losses");
    assertFalse(Arrays.deepEquals(d.params(), f.params()), "float32 should round somewhere");
  }
}
