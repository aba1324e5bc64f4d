package dmf.deep;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dmf.base.RandomStreams;
import dmf.linalg.Mat;
import dmf.linalg.Ops;
import dmf.linalg.Ops64;
import dmf.optim.GradientOracle;
import dmf.problem.Generators;
import dmf.problem.Problem;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Factor gradients against central finite differences along random directions. */
class GradientCheckTest {

  static Problem problem(String kind, int rows, int cols, long seed) {
    Mat truth = Generators.lowRankTruth(rows, cols, 2, false, seed);
    return kind.equals("completion")
        ? Generators.completion(truth, rows * cols / 2, seed)
        : Generators.sensing(truth, rows * cols / 2, false, seed);
  }

  static double[][] randomFactors(Architecture arch, SplittableRandom rng) {
    double[][] f = new double[arch.depth()][];
    for (int j = 1; j <= arch.depth(); j++) {
      f[j - 1] =
          Generators.gaussian(
                  arch.factorRows(j), arch.factorCols(j), 1.0 / Math.sqrt(arch.factorCols(j)), rng)
              .data();
    }
    return f;
  }

  @ParameterizedTest(name = "{0} depth {1} {2}x{3} widths [{4}]")
  @CsvSource({
    "completion, 1, 7, 5, ''",
    "completion, 2, 7, 5, ''",
    "completion, 3, 6, 9, ''",
    "completion, 4, 8, 5, '3;9;2'",
    "completion, 5, 5, 7, '6;2;8;4'",
    "sensing, 1, 4, 6, ''",
    "sensing, 2, 5, 4, '7'",
    "sensing, 3, 6, 5, ''",
    "sensing, 4, 3, 5, '2;6;4'",
    "sensing, 5, 4, 4, ''",
  })
  void matchesFiniteDifferences(String kind, int depth, int rows, int cols, String widths) {
    int[] w =
        widths.isEmpty()
            ? new int[0]
            : Arrays.stream(widths.split(";")).mapToInt(Integer::parseInt).toArray();
    Architecture arch = Architecture.of(rows, cols, depth, w);
    Problem p = problem(kind, rows, cols, depth * 31L + rows);
    Ops<double[]> ops = Ops64.INSTANCE;
    GradientOracle<double[]> oracle = DeepMatrixFactorization.objective(ops, arch, p);
    SplittableRandom rng = RandomStreams.of(depth, "gradcheck");
    double[][] f = randomFactors(arch, rng);
    double[][] g = new double[depth][];
    for (int j = 0; j < depth; j++) {
      g[j] = new double[f[j].length];
    }
    double loss = oracle.evaluate(f, g);
    // The loss of the product agrees with the problem's own definition.
    double direct = p.loss(Factors.product(toMats(arch, f)));
    assertTrue(Math.abs(loss - direct) <= 1e-12 * Math.max(1, direct), loss + " vs " + direct);
    for (int trial = 0; trial < 3; trial++) {
      double[][] d = randomFactors(arch, rng);
      double analytic = 0;
      for (int j = 0; j < depth; j++) {
        for (int t = 0; t < d[j].length; t++) {
          analytic += g[j][t] * d[j][t];
        }
      }
      double h = 1e-5;
      double numeric =
          (oracle.evaluate(shift(f, d, h), null) - oracle.evaluate(shift(f, d, -h), null))
              / (2 * h);
      double rel = Math.abs(numeric - analytic) / Math.max(Math.abs(analytic), 1e-12);
      assertTrue(
          rel <= 1e-6,
          "relative error " + rel + " (analytic " + analytic + ", numeric " + numeric + ")");
    }
  }

  static double[][] shift(double[][] f, double[][] d, double h) {
    double[][] out = new double[f.length][];
    for (int j = 0; j < f.length; j++) {
      out[j] = f[j].clone();
      for (int t = 0; t < out[j].length; t++) {
        out[j][t] += h * d[j][t];
      }
    }
    return out;
  }

  static List<Mat> toMats(Architecture arch, double[][] f) {
    return Factors.toMats(Ops64.INSTANCE, arch, f);
  }
}
