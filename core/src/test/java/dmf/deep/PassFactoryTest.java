package dmf.deep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dmf.linalg.Mat;
import dmf.linalg.Ops;
import dmf.linalg.Precision;
import dmf.optim.OptimizerKind;
import dmf.problem.CompletionProblem;
import dmf.problem.Generators;
import dmf.problem.SolveObserver;
import dmf.settings.IntList;
import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A pass over Ω cut into parts that own disjoint gradient columns, each part's entries in the
 * serial order of its owned side (tiled by the other side), gives the serial pass's gradients bit
 * for bit ({@link SerialKernel}); a training run with it ({@link DeepMatrixFactorization#withPass})
 * gives the serial run's factors bit for bit.
 */
class PassFactoryTest {
  static CompletionProblem problem() {
    return Generators.completion(Generators.lowRankTruth(30, 22, 3, false, 5), 260, 6);
  }

  /** Parts as a distributed engine cuts them: column ranges and row ranges, tiled by 4. */
  static final class Parted<B> implements SparsePass<B> {
    private final Ops<B> ops;
    private final int h;
    private final CompletionProblem p;
    private final List<int[]> colParts = new ArrayList<>();
    private final List<int[]> rowParts = new ArrayList<>();
    private final int[] colCut = {0, 7, 8, 22};
    private final int[] rowCut = {0, 13, 30};

    Parted(Ops<B> ops, CompletionProblem p, int h) {
      this.ops = ops;
      this.h = h;
      this.p = p;
      for (int k = 0; k + 1 < colCut.length; k++) {
        colParts.add(order(p.colIdx(), p.rowIdx(), colCut[k], colCut[k + 1]));
      }
      for (int k = 0; k + 1 < rowCut.length; k++) {
        rowParts.add(order(p.rowIdx(), p.colIdx(), rowCut[k], rowCut[k + 1]));
      }
    }

    /** The entries owned in [lo, hi), by (other / 4, own, other). */
    static int[] order(int[] own, int[] other, int lo, int hi) {
      List<Integer> s = new ArrayList<>();
      for (int k = 0; k < own.length; k++) {
        if (own[k] >= lo && own[k] < hi) {
          s.add(k);
        }
      }
      s.sort(
          Comparator.<Integer>comparingInt(k -> other[k] / 4)
              .thenComparingInt(k -> own[k])
              .thenComparingInt(k -> other[k]));
      return s.stream().mapToInt(Integer::intValue).toArray();
    }

    @Override
    public double run(B t2, B w1, B gradW1, B z1) {
      double loss = 0;
      for (int k = 0; k < colParts.size(); k++) {
        B slice = gradW1 == null ? null : ops.alloc((colCut[k + 1] - colCut[k]) * h);
        loss += part(colParts.get(k), t2, w1, slice, colCut[k], null, 0);
        if (slice != null) {
          System.arraycopy(slice, 0, gradW1, colCut[k] * h, Array.getLength(slice));
        }
      }
      for (int k = 0; gradW1 != null && k < rowParts.size(); k++) {
        B slice = ops.alloc((rowCut[k + 1] - rowCut[k]) * h);
        part(rowParts.get(k), t2, w1, null, 0, slice, rowCut[k]);
        System.arraycopy(slice, 0, z1, rowCut[k] * h, Array.getLength(slice));
      }
      return loss / p.observationCount();
    }

    private double part(int[] order, B t2, B w1, B g, int gBase, B z, int zBase) {
      int[] r = new int[order.length];
      int[] c = new int[order.length];
      double[] b = new double[order.length];
      for (int k = 0; k < order.length; k++) {
        r[k] = p.rowIdx()[order[k]];
        c[k] = p.colIdx()[order[k]];
        b[k] = p.values()[order[k]];
      }
      return SerialKernel.pass(
          ops, h, t2, w1, r, c, b, 0, r.length, p.observationCount(), g, gBase, z, zBase);
    }
  }

  static final PassFactory PARTED =
      new PassFactory() {
        @Override
        public <B> SparsePass<B> create(Ops<B> ops, CompletionProblem p, int h) {
          return new Parted<>(ops, p, h);
        }
      };

  @ParameterizedTest
  @EnumSource(Precision.class)
  void partsGiveTheSerialGradientsBitForBit(Precision precision) {
    check(precision.ops(), problem());
  }

  private static <B> void check(Ops<B> ops, CompletionProblem p) {
    int h = 5;
    SplittableRandom rng = new SplittableRandom(3);
    double[] a = new double[h * p.rows()];
    double[] w = new double[h * p.cols()];
    for (int k = 0; k < a.length; k++) {
      a[k] = rng.nextGaussian();
    }
    for (int k = 0; k < w.length; k++) {
      w[k] = rng.nextGaussian();
    }
    B t2 = ops.fromDoubles(a);
    B w1 = ops.fromDoubles(w);
    B g1 = ops.alloc(w.length);
    B z1 = ops.alloc(a.length);
    B g2 = ops.alloc(w.length);
    B z2 = ops.alloc(a.length);
    double serial = new SerialPass<>(ops, h, p).run(t2, w1, g1, z1);
    double parted = new Parted<>(ops, p, h).run(t2, w1, g2, z2);
    assertEquals(serial, parted, 1e-12 * serial);
    double[] x = new double[w.length];
    double[] y = new double[w.length];
    ops.toDoubles(g1, w.length, x);
    ops.toDoubles(g2, w.length, y);
    assertArrayEquals(x, y, 0.0, "∇W_1");
    x = new double[a.length];
    y = new double[a.length];
    ops.toDoubles(z1, a.length, x);
    ops.toDoubles(z2, a.length, y);
    assertArrayEquals(x, y, 0.0, "Z_1");
  }

  @ParameterizedTest
  @EnumSource(Precision.class)
  void trainingWithSuppliedPartsGivesTheSerialFactors(Precision precision) {
    CompletionProblem p = problem();
    TrainingConfig c =
        TrainingConfig.defaults()
            .with(TrainingSettings.DEPTH, 3)
            .with(TrainingSettings.WIDTHS, IntList.of(6))
            .with(TrainingSettings.INIT_SCALE, 0.1)
            .with(TrainingSettings.OPTIMIZER, OptimizerKind.GROUPRMSPROP)
            .with(TrainingSettings.LR, 0.01)
            .with(TrainingSettings.MAX_ITERS, 200L)
            .with(TrainingSettings.PRECISION, precision);
    TrainingResult serial = new DeepMatrixFactorization(c).train(p, SolveObserver.NONE);
    TrainingResult parted =
        new DeepMatrixFactorization(c).withPass(PARTED).train(p, SolveObserver.NONE);
    assertEquals(200, parted.iterations());
    for (int j = 0; j < 3; j++) {
      Mat a = serial.factors().get(j);
      Mat b = parted.factors().get(j);
      assertArrayEquals(a.data(), b.data(), 0.0, "W_" + (j + 1));
    }
  }
}
