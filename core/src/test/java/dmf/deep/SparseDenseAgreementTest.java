package dmf.deep;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dmf.base.RandomStreams;
import dmf.linalg.Ops64;
import dmf.problem.CompletionProblem;
import dmf.problem.Generators;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The sparse completion path and the dense reverse-mode path give the same loss and gradients. */
class SparseDenseAgreementTest {
  @ParameterizedTest(name = "depth {0} {1}x{2}")
  @CsvSource({"2, 12, 9", "3, 10, 10", "4, 7, 13", "5, 9, 6"})
  void agree(int depth, int rows, int cols) {
    CompletionProblem p =
        Generators.completion(Generators.lowRankTruth(rows, cols, 2, false, 5), rows * cols / 3, 5);
    Architecture arch = Architecture.of(rows, cols, depth, new int[0]);
    SplittableRandom rng = RandomStreams.of(9, "agree");
    double[][] f = GradientCheckTest.randomFactors(arch, rng);
    double[][] gs = new double[depth][];
    double[][] gd = new double[depth][];
    for (int j = 0; j < depth; j++) {
      gs[j] = new double[f[j].length];
      gd[j] = new double[f[j].length];
    }
    double ls = new SparseCompletionObjective<>(Ops64.INSTANCE, arch, p).evaluate(f, gs);
    double ld =
        new DenseObjective<>(Ops64.INSTANCE, arch, new CompletionLoss<>(Ops64.INSTANCE, p))
            .evaluate(f, gd);
    assertEquals(ld, ls, 1e-13 * Math.max(1, ld));
    for (int j = 0; j < depth; j++) {
      for (int t = 0; t < f[j].length; t++) {
        assertEquals(gd[j][t], gs[j][t], 1e-12, "factor " + (j + 1) + " entry " + t);
      }
    }
  }
}
