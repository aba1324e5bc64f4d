package dmf.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dmf.linalg.Mat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What a solver says about its stop is overruled only when the solution contradicts it. */
class HonestStopTest {
  // Observed entries (0,0) = 3 and (1,1) = 4 of a 2x2 matrix: ℓ(0) = (9 + 16) / 2.
  static final CompletionProblem P =
      new CompletionProblem(2, 2, new int[] {0, 1}, new int[] {0, 1}, new double[] {3, 4}, null);

  static SolverResult result(StopReason said, double... w) {
    return new SolverResult(new Mat(2, 2, w), said, 7, 0.1, Map.of("k", 1.0));
  }

  @Test
  void zeroLossIsTheMeanSquareOfTheObservations() {
    assertEquals(12.5, HonestStop.zeroLoss(P));
  }

  @Test
  void aGoodFitKeepsItsWord() {
    SolverResult r = result(StopReason.CONVERGED, 3, 0, 0, 4);
    assertSame(r, HonestStop.check(P, r));
    SolverResult m = result(StopReason.MAX_ITERS, 1, 0, 0, 1);
    assertSame(m, HonestStop.check(P, m));
  }

  @Test
  void convergedToZeroIsDegenerate() {
    for (StopReason said : new StopReason[] {StopReason.CONVERGED, StopReason.OPTIMAL}) {
      SolverResult r = HonestStop.check(P, result(said, 0, 0, 0, 0));
      assertEquals(StopReason.DEGENERATE, r.stopReason());
      assertEquals(said.label(), r.details().get("solver_stop_reason"));
      assertEquals(1.0, r.details().get("k"));
    }
    // A tiny, not exactly zero, solution fits no better either.
    assertEquals(
        StopReason.DEGENERATE,
        HonestStop.check(P, result(StopReason.CONVERGED, 1e-9, 0, 0, 1e-9)).stopReason());
    // Not claiming success, zero is just where it stopped.
    assertEquals(
        StopReason.STATIONARY,
        HonestStop.check(P, result(StopReason.STATIONARY, 0, 0, 0, 0)).stopReason());
  }

  @Test
  void nonFiniteOrExplodedSolutionsDiverged() {
    assertEquals(
        StopReason.DIVERGED,
        HonestStop.check(P, result(StopReason.CONVERGED, Double.NaN, 0, 0, 4)).stopReason());
    assertEquals(
        StopReason.DIVERGED,
        HonestStop.check(P, result(StopReason.MAX_ITERS, 1e5, 0, 0, 4)).stopReason());
    // 1e3 is a loss of about 5e5 = 4e4·ℓ(0): bad, but not past the factor.
    assertEquals(
        StopReason.MAX_ITERS,
        HonestStop.check(P, result(StopReason.MAX_ITERS, 1e3, 0, 0, 4)).stopReason());
  }

  /** A factored result too large to form (10^10 entries) is judged without forming W. */
  @Test
  void aFactoredResultIsJudgedFromItsFactorsAndItsLoss() {
    CompletionProblem p = Generators.lowRankCompletion(100_000, 100_000, 1, false, 100, 1, 2);
    Mat w1 = Mat.zeros(1, 100_000);
    Mat w2 = Mat.zeros(100_000, 1);
    w1.set(0, 7, 1e-3);
    w2.set(3, 0, 1e-3);
    double zero = HonestStop.zeroLoss(p);
    SolverResult fit =
        SolverResult.factored(
            StopReason.CONVERGED, 5, 0.1, Map.of("train_loss", zero / 2), List.of(w1, w2));
    assertSame(fit, HonestStop.check(p, fit));
    SolverResult none =
        SolverResult.factored(
            StopReason.CONVERGED, 5, 0.1, Map.of("train_loss", zero), List.of(w1, w2));
    assertEquals(StopReason.DEGENERATE, HonestStop.check(p, none).stopReason());
    assertTrue(HonestStop.check(p, none).formed().isEmpty());
    w2.set(4, 0, Double.NaN);
    SolverResult nan =
        SolverResult.factored(
            StopReason.CONVERGED, 5, 0.1, Map.of("train_loss", zero / 2), List.of(w1, w2));
    assertEquals(StopReason.DIVERGED, HonestStop.check(p, nan).stopReason());
  }
}
