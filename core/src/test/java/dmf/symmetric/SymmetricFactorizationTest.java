package dmf.symmetric;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dmf.base.RandomStreams;
import dmf.linalg.Mat;
import dmf.problem.CompletionProblem;
import dmf.problem.Generators;
import dmf.problem.PsdGenerators;
import dmf.problem.SensingProblem;
import dmf.problem.SolveObserver;
import dmf.problem.SolverResult;
import dmf.problem.StopReason;
import java.util.List;
import org.junit.jupiter.api.Test;

class SymmetricFactorizationTest {

  private static SensingProblem sensing(int n, int r, int m, long seed) {
    return PsdGenerators.symmetricGaussianSensing(
        PsdGenerators.plantedLowRank(n, r, seed), m, seed);
  }

  private static Mat randomFactor(int n, int k, long seed) {
    return Generators.gaussian(n, k, 0.5, RandomStreams.of(seed, "test"));
  }

  private static double fdRelativeError(SymmetricObjective obj, Mat u) {
    Mat g = obj.gradient(u);
    Mat fd = Mat.zeros(u.rows(), u.cols());
    double h = 1e-5;
    for (int t = 0; t < u.data().length; t++) {
      Mat up = u.copy();
      Mat dn = u.copy();
      up.data()[t] += h;
      dn.data()[t] -= h;
      fd.data()[t] = (obj.loss(up) - obj.loss(dn)) / (2 * h);
    }
    return g.minus(fd).frobeniusNorm() / g.frobeniusNorm();
  }

  @Test
  void gradientMatchesFiniteDifferences() {
    SymmetricObjective s = SymmetricObjective.of(sensing(6, 2, 20, 1));
    assertTrue(fdRelativeError(s, randomFactor(6, 6, 2)) <= 1e-6);
    assertTrue(fdRelativeError(s, randomFactor(6, 3, 3)) <= 1e-6);
    // Completion: A_i = e_a e_bᵀ is not symmetric, the (A + Aᵀ) form must still be right.
    CompletionProblem c = Generators.completion(PsdGenerators.plantedLowRank(6, 2, 4), 15, 4);
    SymmetricObjective co = SymmetricObjective.of(c);
    Mat u = randomFactor(6, 6, 5);
    assertTrue(fdRelativeError(co, u) <= 1e-6);
    // Mean convention: f(U) is the problem's own mean-squared loss at X = UUᵀ.
    assertEquals(c.loss(Mat.multiply(u, false, u, true)), co.loss(u), 1e-14);
  }

  @Test
  void quarticReproducesLossAlongTheLine() {
    SymmetricObjective obj = SymmetricObjective.of(sensing(7, 2, 25, 6));
    Mat u = randomFactor(7, 7, 7);
    Mat d = obj.gradient(u).scale(-1);
    double[] a = obj.lineCoefficients(u, d);
    Quartic q = new Quartic(a[0], a[1], a[2], a[3], a[4]);
    for (double t : new double[] {0, 1e-3, 0.05, 0.3, 1, 2.5, -0.7}) {
      double direct = obj.loss(u.plusScaled(t, d));
      assertEquals(direct, q.value(t), 1e-11 * Math.max(1, direct), "t=" + t);
    }
    assertEquals(-d.dot(d), a[1], 1e-10 * d.dot(d)); // q'(0) = ⟨∇f, D⟩ = −‖∇f‖²
  }

  @Test
  void exactLineSearchFindsTheGlobalMinimizerOnTheRay() {
    SymmetricObjective obj = SymmetricObjective.of(sensing(7, 2, 25, 8));
    for (long seed = 0; seed < 5; seed++) {
      Mat u = randomFactor(7, 7, 100 + seed).scale(1 + seed);
      Mat d = obj.gradient(u).scale(-1);
      double[] a = obj.lineCoefficients(u, d);
      Quartic q = new Quartic(a[0], a[1], a[2], a[3], a[4]);
      double tStar = q.argminNonNegative();
      assertTrue(tStar > 0);
      double fStar = obj.loss(u.plusScaled(tStar, d));
      assertEquals(0, q.derivative(tStar), 1e-9 * Math.abs(a[1]) + 1e-14);
      int grid = 20_000;
      for (int i = 0; i <= grid; i++) {
        double t = 4 * tStar * i / grid;
        assertTrue(fStar <= obj.loss(u.plusScaled(t, d)) * (1 + 1e-12) + 1e-15, "t=" + t);
      }
    }
  }

  @Test
  void cubicRoots() {
    // (t − 1)(t − 2)(t + 3) = t³ − 7t + 6
    assertEquals(List.of(1.0, 2.0), Cubic.nonNegativeRoots(6, -7, 0, 1));
    // 2(t − 0.5)² (t − 4): double root is found (touching zero)
    var r = Cubic.nonNegativeRoots(-2, 8.5, -10, 2);
    assertEquals(4.0, r.get(r.size() - 1), 1e-12);
    assertEquals(0.5, r.get(0), 1e-7);
    assertEquals(List.of(0.25), Cubic.nonNegativeRoots(-1, 4, 0, 0));
    assertTrue(Cubic.nonNegativeRoots(1, 1, 1, 1).isEmpty());
    // quartic t⁴ − 2t² has minimizer t = 1 on t ≥ 0; a pure increasing one has 0
    assertEquals(1.0, new Quartic(0, 0, -2, 0, 1).argminNonNegative(), 1e-12);
    assertEquals(0.0, new Quartic(1, 2, 1, 0, 1).argminNonNegative());
    assertEquals(0.0, new Quartic(3, 0, 0, 0, 0).argminNonNegative());
  }

  @Test
  void lossDecreasesMonotonicallyUnderExactLineSearch() {
    SensingProblem p = sensing(8, 2, 30, 9);
    SymmetricResult res =
        new SymmetricFactorization(
                SymmetricSettings.of(StepRule.exact(), 1e-2, 9).withMaxIterations(300))
            .run(p);
    double[] h = res.historyLosses();
    assertEquals(301, h.length);
    for (int i = 1; i < h.length; i++) {
      assertTrue(
          h[i] <= h[i - 1] * (1 + 1e-12), "increase at " + i + ": " + h[i - 1] + " -> " + h[i]);
    }
    assertTrue(h[h.length - 1] < 1e-3 * h[0]);
  }

  /**
   * Gunasekar et al.'s setting with m = 3nr > n(n+1)/2, so X* is the unique solution. With full
   * width k = n the excess columns of U shrink only sublinearly, so the loss threshold is not
   * reached in the budget; the recovery error is what matters.
   */
  @Test
  void smallInitializationRecoversPlantedRank2() {
    int n = 10;
    int r = 2;
    Mat truth = PsdGenerators.plantedLowRank(n, r, 11);
    SensingProblem p = PsdGenerators.symmetricGaussianSensing(truth, 3 * n * r, 11);
    for (StepRule rule :
        new StepRule[] {
          StepRule.clipped(StepRule.DEFAULT_CAP), StepRule.exact(), StepRule.fixed(0.05)
        }) {
      SymmetricResult res =
          new SymmetricFactorization(
                  SymmetricSettings.of(rule, 1e-3, 11)
                      .withLossThreshold(1e-10)
                      .withMaxIterations(15_000))
              .run(p);
      double err = res.x().minus(truth).frobeniusNorm() / truth.frobeniusNorm();
      assertTrue(err <= 1e-3, rule.label() + ": relative error " + err);
      assertTrue(res.finalLoss() < 1e-6, rule.label() + ": loss " + res.finalLoss());
      assertEquals(n, res.u().cols());
    }
    SymmetricResult id =
        new SymmetricFactorization(
                SymmetricSettings.of(StepRule.exact(), 1e-3, 11)
                    .withInit(SymmetricInit.IDENTITY)
                    .withMaxIterations(15_000))
            .run(p);
    assertTrue(id.x().minus(truth).frobeniusNorm() <= 1e-3);
  }

  @Test
  void hugeFixedStepDivergesWithoutException() {
    SensingProblem p = sensing(6, 2, 20, 12);
    SymmetricResult res =
        new SymmetricFactorization(SymmetricSettings.of(StepRule.fixed(1e6), 1.0, 12)).run(p);
    assertEquals(StopReason.DIVERGED, res.stopReason());
    assertTrue(res.u().isFinite());
    assertTrue(Double.isFinite(res.finalLoss()));
    assertTrue(res.iterations() < 100);
    SolverResult sr =
        new SymmetricFactorization(SymmetricSettings.of(StepRule.fixed(1e6), 1.0, 12))
            .solve(p, SolveObserver.NONE);
    assertEquals(StopReason.DIVERGED, sr.stopReason());
  }

  @Test
  void otherStopReasonsAndDeterminism() {
    SensingProblem p = sensing(6, 2, 20, 13);
    SymmetricSettings s = SymmetricSettings.of(StepRule.exact(), 1e-2, 13).withMaxIterations(7);
    SymmetricResult a = new SymmetricFactorization(s).run(p);
    SymmetricResult b = new SymmetricFactorization(s).run(p);
    assertEquals(StopReason.MAX_ITERS, a.stopReason());
    assertEquals(7, a.iterations());
    assertArrayEquals(a.u().data(), b.u().data());
    assertEquals(
        StopReason.STATIONARY,
        new SymmetricFactorization(SymmetricSettings.of(StepRule.exact(), 0, 1))
            .run(p)
            .stopReason());
    assertEquals(
        StopReason.CONVERGED,
        new SymmetricFactorization(
                SymmetricSettings.of(StepRule.exact(), 1e-2, 13).withLossThreshold(10))
            .run(p)
            .stopReason());
    assertEquals(
        StopReason.TIME_LIMIT,
        new SymmetricFactorization(
                SymmetricSettings.of(StepRule.exact(), 1e-2, 13)
                    .withLossThreshold(0)
                    .withMaxIterations(Long.MAX_VALUE)
                    .withTimeLimit(0.05))
            .run(p)
            .stopReason());
    SymmetricResult narrow =
        new SymmetricFactorization(s.withWidth(3).withHistoryInterval(3)).run(p);
    assertEquals(3, narrow.u().cols());
    assertArrayEquals(new long[] {0, 3, 6, 7}, narrow.historyIterations());
    Mat init = SymmetricInit.GAUSSIAN.create(6, 4, 0.3, 5);
    assertEquals(0.3, init.frobeniusNorm(), 1e-15);
    assertEquals(0.3 * 2, SymmetricInit.IDENTITY.create(6, 4, 0.3, 5).frobeniusNorm(), 1e-15);
  }
}
