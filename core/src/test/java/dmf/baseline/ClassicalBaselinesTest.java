package dmf.baseline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dmf.base.UserInputException;
import dmf.linalg.Mat;
import dmf.problem.CompletionProblem;
import dmf.problem.Generators;
import dmf.problem.SolveObserver;
import dmf.problem.Solver;
import dmf.problem.SolverResult;
import dmf.problem.StopReason;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClassicalBaselinesTest {
  // Exactly recoverable by minimum nuclear norm (see NuclearNormSolverTest).
  static final Mat TRUTH = Generators.lowRankTruth(20, 20, 2, false, 3);
  static final CompletionProblem P = Generators.completion(TRUTH, 300, 3);

  static double relErr(Mat x) {
    return x.minus(TRUTH).frobeniusNorm() / TRUTH.frobeniusNorm();
  }

  @Test
  void softImputeRecoversALowRankMatrix() {
    SolverResult r = SoftImpute.defaults().solve(P, SolveObserver.NONE);
    assertTrue(relErr(r.solution()) < 1e-3, "relative error " + relErr(r.solution()));
    // A large final λ shrinks too much: the path end matters.
    SolverResult coarse = new SoftImpute(0.5, 3, 1e-9, 1000).solve(P, SolveObserver.NONE);
    assertTrue(relErr(coarse.solution()) > 10 * relErr(r.solution()));
  }

  @Test
  void svtConvergesToTheObservations() {
    SolverResult r = new SingularValueThresholding(0, 0, 1e-4, 20_000).solve(P, SolveObserver.NONE);
    assertEquals(StopReason.CONVERGED, r.stopReason());
    assertTrue((double) r.details().get("primal_residual") <= 1e-4);
    assertTrue(relErr(r.solution()) < 5e-2, "relative error " + relErr(r.solution()));
    // A larger τ brings SVT closer to minimum nuclear norm, which recovers this matrix.
    SolverResult big =
        new SingularValueThresholding(2000, 0, 1e-6, 50_000).solve(P, SolveObserver.NONE);
    assertTrue(relErr(big.solution()) < relErr(r.solution()), relErr(big.solution()) + "");
  }

  @Test
  void alsRecoversWithTheRightRank() {
    SolverResult r =
        new AlternatingLeastSquares(2, 1e-6, 1e-12, 500, 1).solve(P, SolveObserver.NONE);
    assertTrue(relErr(r.solution()) < 1e-3, "relative error " + relErr(r.solution()));
    SolverResult again =
        new AlternatingLeastSquares(2, 1e-6, 1e-12, 500, 1).solve(P, SolveObserver.NONE);
    assertTrue(r.solution().equals(again.solution()), "same seed, same bits");
  }

  @Test
  void completionMethodsRejectSensing() {
    var s = Generators.sensing(Generators.lowRankTruth(5, 5, 1, false, 1), 10, false, 1);
    for (Solver solver :
        List.of(
            SoftImpute.defaults(),
            SingularValueThresholding.defaults(),
            AlternatingLeastSquares.defaults())) {
      assertThrows(UserInputException.class, () -> solver.solve(s, SolveObserver.NONE));
    }
  }
}
