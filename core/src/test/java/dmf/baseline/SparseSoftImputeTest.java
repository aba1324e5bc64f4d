package dmf.baseline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dmf.linalg.Mat;
import dmf.linalg.Svd;
import dmf.problem.CompletionProblem;
import dmf.problem.Generators;
import java.util.List;
import org.junit.jupiter.api.Test;

class SparseSoftImputeTest {
  static final int M = 30;
  static final int N = 20;

  static CompletionProblem problem() {
    return Generators.completion(Generators.lowRankTruth(M, N, 3, false, 11), 300, 11);
  }

  /** Z = S_λ(P_Ω(M) + P_Ω⊥(Z)) at every point: the SoftImpute fixed point, checked densely. */
  @Test
  void everyPathPointIsTheSoftImputeFixedPoint() {
    CompletionProblem p = problem();
    SparseSoftImpute si = new SparseSoftImpute(M, N, p.rowIdx(), p.colIdx(), p.values());
    List<SparseSoftImpute.PathPoint> path = si.path(10, 8, 0.05, 1e-14, 3000, 0, (i, z) -> false);
    assertEquals(8, path.size());
    double sigma1 = Svd.values(p.observedMatrix())[0];
    for (int s = 0; s < path.size(); s++) {
      SparseSoftImpute.PathPoint z = path.get(s);
      assertEquals(sigma1 * Math.pow(0.05, (s + 1) / 8.0), z.lambda(), 1e-6 * sigma1);
      Mat dense = Mat.zeros(M, N);
      for (int i = 0; i < M; i++) {
        for (int j = 0; j < N; j++) {
          dense.set(i, j, z.entry(i, j));
        }
      }
      Mat x = dense.copy();
      for (int k = 0; k < p.values().length; k++) {
        x.set(p.rowIdx()[k], p.colIdx()[k], p.values()[k]);
      }
      Mat next = NuclearNormSolver.prox(x, z.lambda(), false);
      double err = next.minus(dense).frobeniusNorm() / Math.max(dense.frobeniusNorm(), 1e-12);
      assertTrue(err < 1e-6, "point " + s + " (rank " + z.rank() + "): fixed-point error " + err);
    }
    assertTrue(path.get(7).rank() > path.get(0).rank(), "rank grows as λ falls");
  }

  @Test
  void theObserverEndsThePath() {
    CompletionProblem p = problem();
    SparseSoftImpute si = new SparseSoftImpute(M, N, p.rowIdx(), p.colIdx(), p.values());
    assertEquals(3, si.path(10, 8, 0.05, 1e-8, 100, 0, (i, z) -> i == 2).size());
  }
}
