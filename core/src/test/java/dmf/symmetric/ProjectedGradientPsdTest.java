package dmf.symmetric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dmf.linalg.Mat;
import dmf.linalg.SymEig;
import dmf.problem.CompletionProblem;
import dmf.problem.Generators;
import dmf.problem.PsdGenerators;
import dmf.problem.SensingProblem;
import dmf.problem.SolveObserver;
import dmf.problem.SolverResult;
import dmf.problem.StopReason;
import dmf.testing.Mats;
import org.junit.jupiter.api.Test;

class ProjectedGradientPsdTest {

  private static void assertFeasiblePsd(SolverResult res, SymmetricObjective obj) {
    Mat x = res.solution();
    assertEquals(0, Mats.maxAbs(x.minus(x.transpose())), 0);
    assertTrue(SymEig.values(x)[0] >= -1e-12, "negative eigenvalue " + SymEig.values(x)[0]);
    double loss = SymmetricObjective.meanSquare(obj.residualsOfX(x));
    assertTrue(loss <= 1e-10, "loss " + loss);
    assertEquals(loss, (double) res.details().get("final_loss"), 0);
  }

  @Test
  void convergesToAFeasiblePsdMatrix() {
    Mat truth = PsdGenerators.plantedLowRank(10, 2, 21);
    for (int m : new int[] {60, 30}) { // over- and under-determined (n(n+1)/2 = 55)
      SensingProblem p = PsdGenerators.symmetricGaussianSensing(truth, m, 21);
      SolverResult res =
          new ProjectedGradientPsd(PsdGradientSettings.defaults()).solve(p, SolveObserver.NONE);
      assertEquals(StopReason.CONVERGED, res.stopReason(), "m=" + m);
      assertFeasiblePsd(res, SymmetricObjective.of(p));
      if (m == 60) {
        assertTrue(res.solution().minus(truth).frobeniusNorm() < 1e-4);
      }
    }
    CompletionProblem c = Generators.completion(truth, 70, 22);
    SolverResult res =
        new ProjectedGradientPsd(PsdGradientSettings.defaults()).solve(c, SolveObserver.NONE);
    assertEquals(StopReason.CONVERGED, res.stopReason());
    assertFeasiblePsd(res, SymmetricObjective.of(c));
  }

  @Test
  void lipschitzMatchesTheExactGramSpectrum() {
    SensingProblem p =
        PsdGenerators.symmetricGaussianSensing(PsdGenerators.plantedLowRank(5, 1, 23), 12, 23);
    int m = 12;
    Mat gram = Mat.zeros(m, m); // K_ij = ⟨A_i, A_j⟩ (A_i symmetric)
    for (int i = 0; i < m; i++) {
      for (int j = 0; j < m; j++) {
        gram.set(i, j, p.measurement(i).dot(p.measurement(j)));
      }
    }
    double[] ev = SymEig.values(gram);
    double exact = 2 * ev[m - 1] / m;
    double est = ProjectedGradientPsd.lipschitz(SymmetricObjective.of(p), 0);
    assertEquals(exact, est, 1e-6 * exact);
  }

  @Test
  void projectionClipsNegativeEigenvalues() {
    Mat x = Mat.diag(3, -2, 0.5);
    assertEquals(Mat.diag(3, 0, 0.5), ProjectedGradientPsd.projectPsd(x));
    Mat asym = Mat.fromRowMajor(2, 2, new double[] {1, 2, 0, 1}); // sym part [[1,1],[1,1]] ⪰ 0
    Mat proj = ProjectedGradientPsd.projectPsd(asym);
    assertEquals(
        0, Mats.maxAbs(proj.minus(Mat.fromRowMajor(2, 2, new double[] {1, 1, 1, 1}))), 1e-14);
  }

  @Test
  void respectsTheIterationBudget() {
    SensingProblem p =
        PsdGenerators.symmetricGaussianSensing(PsdGenerators.plantedLowRank(6, 2, 24), 20, 24);
    SolverResult res =
        new ProjectedGradientPsd(new PsdGradientSettings(0, 5, Double.POSITIVE_INFINITY, 0))
            .solve(p, SolveObserver.NONE);
    assertEquals(StopReason.MAX_ITERS, res.stopReason());
    assertEquals(5, res.iterations());
  }
}
