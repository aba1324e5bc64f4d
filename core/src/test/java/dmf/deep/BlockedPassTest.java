package dmf.deep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dmf.base.RandomStreams;
import dmf.base.Workers;
import dmf.linalg.ChunkedGemm;
import dmf.linalg.Ops64;
import dmf.linalg.Precision;
import dmf.problem.CompletionProblem;
import dmf.problem.Generators;
import dmf.problem.SolveObserver;
import dmf.settings.IntList;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The blocked pass over Ω (segments, blocks, partial gradients) computes the same loss and
 * gradients as the serial pass, in both orientations, and bitwise the same whatever the thread
 * count.
 */
class BlockedPassTest {
  private static CompletionProblem problem(int rows, int cols, int k) {
    return Generators.completion(Generators.lowRankTruth(rows, cols, 3, false, 4), k, 4);
  }

  private static double[][] grads(Architecture arch) {
    double[][] g = new double[arch.depth()][];
    for (int j = 0; j < g.length; j++) {
      g[j] = new double[arch.factorSizes()[j]];
    }
    return g;
  }

  private static SparseCompletionObjective<double[]> blocked(
      Architecture arch, CompletionProblem p, int segments, int width, int threads) {
    Workers w = Workers.of(threads);
    EntryGrid<double[]> grid =
        EntryGrid.build(Ops64.INSTANCE, p.rows(), p.cols(), p.observations(), segments, width, w);
    BlockedPass<double[]> pass =
        new BlockedPass<>(Ops64.INSTANCE, arch.dims()[1], p.observationCount(), grid, w);
    return new SparseCompletionObjective<>(
        Ops64.INSTANCE, arch, pass, new ChunkedGemm<>(Ops64.INSTANCE, w)::gemm);
  }

  @ParameterizedTest(name = "depth {0}, {1}x{2}, {3} segments, blocks of {4}")
  @CsvSource({"2, 60, 40, 3, 7", "3, 40, 70, 4, 16", "4, 50, 50, 1, 64", "3, 33, 21, 5, 1"})
  void agreesWithTheSerialPassAndIgnoresThreads(
      int depth, int rows, int cols, int segments, int width) {
    CompletionProblem p = problem(rows, cols, rows * cols / 4);
    Architecture arch = Architecture.of(rows, cols, depth, new int[] {6});
    double[][] f = GradientCheckTest.randomFactors(arch, RandomStreams.of(3, "f"));
    double[][] gs = grads(arch);
    double ls = new SparseCompletionObjective<>(Ops64.INSTANCE, arch, p).evaluate(f, gs);
    double[][] g1 = grads(arch);
    double l1 = blocked(arch, p, segments, width, 1).evaluate(f, g1);
    assertEquals(ls, l1, 1e-13 * ls);
    for (int j = 0; j < depth; j++) {
      for (int t = 0; t < gs[j].length; t++) {
        assertEquals(gs[j][t], g1[j][t], 1e-12 * (1 + Math.abs(gs[j][t])), "factor " + (j + 1));
      }
    }
    for (int threads : new int[] {2, 3, 8}) {
      double[][] gt = grads(arch);
      SparseCompletionObjective<double[]> o = blocked(arch, p, segments, width, threads);
      o.evaluate(f, gt);
      double lt = o.evaluate(f, gt); // a second evaluation starts from clean partial buffers
      assertEquals(Double.doubleToLongBits(l1), Double.doubleToLongBits(lt), threads + " threads");
      for (int j = 0; j < depth; j++) {
        assertArrayEquals(g1[j], gt[j], threads + " threads, factor " + (j + 1));
      }
      assertEquals(
          Double.doubleToLongBits(l1),
          Double.doubleToLongBits(blocked(arch, p, segments, width, threads).evaluate(f, null)),
          "loss only");
    }
  }

  @ParameterizedTest(name = "{0} threads")
  @CsvSource({"1", "2"})
  void defaultCutOnAProblemAboveTheThresholdTrainsTheSameBits(int threads) {
    // 2^18 entries: the blocked path with its default cut, float32.
    CompletionProblem p = problem(1200, 900, DeepMatrixFactorization.BLOCKED_MIN);
    TrainingConfig c =
        TrainingConfig.defaults()
            .with(TrainingSettings.DEPTH, 3)
            .with(TrainingSettings.WIDTHS, IntList.of(8))
            .with(TrainingSettings.PRECISION, Precision.FLOAT32)
            .with(TrainingSettings.MAX_ITERS, 3L)
            .with(TrainingSettings.METRICS, MetricsLevel.NONE);
    TrainingResult one =
        new DeepMatrixFactorization(c.with(TrainingSettings.THREADS, 1))
            .train(p, SolveObserver.NONE);
    TrainingResult many =
        new DeepMatrixFactorization(c.with(TrainingSettings.THREADS, threads))
            .train(p, SolveObserver.NONE);
    for (int j = 0; j < 3; j++) {
      assertArrayEquals(one.factors().get(j).data(), many.factors().get(j).data());
    }
  }
}
