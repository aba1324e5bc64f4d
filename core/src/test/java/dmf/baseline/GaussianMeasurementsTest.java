package dmf.baseline;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dmf.base.RandomStreams;
import dmf.linalg.Mat;
import dmf.problem.Generators;
import dmf.problem.SensingProblem;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The one-pass projection through the orthonormal basis against the textbook formula v −
 * A*((AA*)⁻¹(A(v) − b)), and the feasibility of its result.
 */
class GaussianMeasurementsTest {
  @ParameterizedTest(name = "{0}x{1}, m={2}")
  @CsvSource({"6, 5, 7", "9, 9, 40", "30, 20, 250", "100, 100, 300"})
  void projectionMatchesTheFormulaAndLandsOnTheConstraints(int rows, int cols, int m) {
    SensingProblem p =
        Generators.sensing(Generators.lowRankTruth(rows, cols, 2, false, m), m, false, m);
    GaussianMeasurements a = new GaussianMeasurements(p);
    Mat v = Generators.gaussian(rows, cols, 1.0, RandomStreams.of(m, "v"));
    Mat fast = a.projectFeasible(v);
    double[] e = a.apply(v);
    for (int k = 0; k < m; k++) {
      e[k] -= p.y()[k];
    }
    Mat formula = v.minus(a.adjoint(a.solveGram(e)));
    double diff = fast.minus(formula).frobeniusNorm() / v.frobeniusNorm();
    assertTrue(diff < 1e-12, "relative difference " + diff);
    double[] after = a.apply(fast);
    double worst = 0;
    double scale = 0;
    for (int k = 0; k < m; k++) {
      worst = Math.max(worst, Math.abs(after[k] - p.y()[k]));
      scale = Math.max(scale, Math.abs(p.y()[k]));
    }
    assertTrue(worst < 1e-12 * scale, "constraint violation " + worst);
    // Idempotent: projecting again moves nothing.
    double again = a.projectFeasible(fast).minus(fast).frobeniusNorm() / fast.frobeniusNorm();
    assertTrue(again < 1e-13, "second projection moved " + again);
  }
}
