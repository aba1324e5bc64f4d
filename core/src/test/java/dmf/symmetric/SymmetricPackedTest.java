package dmf.symmetric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dmf.base.RandomStreams;
import dmf.linalg.Mat;
import dmf.problem.Generators;
import dmf.problem.PsdGenerators;
import dmf.problem.SensingProblem;
import dmf.problem.SolveObserver;
import dmf.problem.SolverResult;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The packed sensing path of {@link SymmetricObjective} against the plain definitions on the
 * problem's full measurement matrices, including non-symmetric A_i (only sym(A_i) matters).
 */
class SymmetricPackedTest {
  static SensingProblem nonSymmetric(int n, int m, long seed) {
    SplittableRandom rng = RandomStreams.of(seed, "a");
    Mat a = Generators.gaussian(n * n, m, 1.0, rng);
    Mat truth = PsdGenerators.plantedLowRank(n, 2, seed);
    SensingProblem draft = new SensingProblem(n, n, a, new double[m], truth);
    return new SensingProblem(n, n, a, draft.measure(truth), truth);
  }

  @Test
  void residualsGradientAndLineTermsMatchTheDefinitions() {
    SensingProblem p = nonSymmetric(7, 11, 3);
    SymmetricObjective obj = SymmetricObjective.of(p);
    SplittableRandom rng = RandomStreams.of(5, "u");
    Mat u = Generators.gaussian(7, 7, 1.0, rng);
    Mat d = Generators.gaussian(7, 7, 1.0, rng);
    double[] r = obj.residuals(u);
    double[] plain = p.residuals(u.times(u.transpose()));
    for (int k = 0; k < r.length; k++) {
      assertEquals(plain[k], r[k], 1e-12 * (1 + Math.abs(plain[k])));
    }
    // ∇f(U) = (2/m)·(S + Sᵀ)·U with S = A*(r)
    Mat s = p.adjoint(r);
    Mat expected = s.plusScaled(1.0, s.transpose()).times(u).scale(2.0 / 11);
    Mat g = obj.gradient(u);
    assertTrue(g.minus(expected).frobeniusNorm() <= 1e-11 * expected.frobeniusNorm());
    SymmetricObjective.Line line = obj.lineTerms(u, d, r);
    for (double t : new double[] {0.0, 0.3, -1.7}) {
      double[] at = line.at(t);
      double[] direct = obj.residuals(u.plusScaled(t, d));
      for (int k = 0; k < at.length; k++) {
        assertEquals(direct[k], at[k], 1e-10 * (1 + Math.abs(direct[k])));
      }
      assertEquals(
          SymmetricObjective.meanSquare(direct),
          line.quartic().value(t),
          1e-10 * (1 + SymmetricObjective.meanSquare(direct)));
    }
  }

  @Test
  void lineSearchIteratesMatchFreshResiduals() {
    SensingProblem p =
        PsdGenerators.symmetricGaussianSensing(PsdGenerators.plantedLowRank(12, 2, 1), 60, 2);
    SymmetricSettings s =
        SymmetricSettings.of(new StepRule.ClippedLineSearch(0.05), 1e-3, 4)
            .withLossThreshold(1e-9)
            .withMaxIterations(5_000);
    SymmetricResult r = new SymmetricFactorization(s).run(p);
    // the loss the solver tracked through r + t·b + t²·c equals a fresh evaluation at its U
    assertEquals(SymmetricObjective.of(p).loss(r.u()), r.finalLoss(), 1e-9 * r.finalLoss() + 1e-15);
  }

  @Test
  void svdInitializationStartsAndStaysAtXgd() {
    SensingProblem p =
        PsdGenerators.symmetricGaussianSensing(PsdGenerators.plantedLowRank(10, 2, 7), 30, 8);
    SolverResult xgd =
        new ProjectedGradientPsd(
                new PsdGradientSettings(1e-14, 200_000, Double.POSITIVE_INFINITY, 0))
            .solve(p, SolveObserver.NONE);
    Mat u0 = SvdInitialized.squareRoot(xgd.solution());
    assertTrue(u0.times(u0.transpose()).minus(xgd.solution()).frobeniusNorm() <= 1e-10);
    SolverResult r =
        new SvdInitialized(
                new PsdGradientSettings(1e-14, 200_000, Double.POSITIVE_INFINITY, 0),
                SymmetricSettings.of(new StepRule.Fixed(1e-3), 0, 0).withLossThreshold(1e-12))
            .solve(p, SolveObserver.NONE);
    assertTrue(
        r.solution().minus(xgd.solution()).frobeniusNorm()
            <= 1e-6 * xgd.solution().frobeniusNorm());
    assertTrue(((Number) r.details().get("xgd_iterations")).longValue() > 0);
  }
}
