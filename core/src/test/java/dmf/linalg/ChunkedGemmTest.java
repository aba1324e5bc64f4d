package dmf.linalg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dmf.base.Workers;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * GEMM cut into pieces along its longest dimension agrees with one BLAS call, and gives the same
 * bits for any number of threads.
 */
class ChunkedGemmTest {
  private static double[] random(int n, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    double[] d = new double[n];
    for (int i = 0; i < n; i++) {
      d[i] = r.nextGaussian();
    }
    return d;
  }

  @ParameterizedTest(name = "{0}{1} {2}x{3}x{4}")
  @CsvSource({
    "false, false, 7, 20000, 5",
    "true, true, 7, 20000, 5",
    "false, true, 20000, 6, 5",
    "true, false, 20000, 6, 5",
    "false, true, 6, 5, 20000",
    "true, false, 6, 5, 20000",
    "false, false, 6, 5, 40"
  })
  void agreesWithOneCallAndIgnoresThreads(boolean ta, boolean tb, int m, int n, int k) {
    int lda = ta ? k : m;
    int ldb = tb ? n : k;
    double[] a = random(m * k, 1);
    double[] b = random(k * n, 2);
    double[] expect = new double[m * n];
    Ops64.INSTANCE.gemm(ta, tb, m, n, k, 1.5, a, lda, b, ldb, 0.0, expect, m);
    double[] one = new double[m * n];
    new ChunkedGemm<>(Ops64.INSTANCE, Workers.of(1))
        .gemm(ta, tb, m, n, k, 1.5, a, lda, b, ldb, 0.0, one, m);
    for (int i = 0; i < expect.length; i++) {
      assertEquals(expect[i], one[i], 1e-11 * Math.sqrt(k));
    }
    for (int threads : new int[] {2, 3}) {
      double[] c = new double[m * n];
      new ChunkedGemm<>(Ops64.INSTANCE, Workers.of(threads))
          .gemm(ta, tb, m, n, k, 1.5, a, lda, b, ldb, 0.0, c, m);
      assertArrayEquals(one, c, threads + " threads");
    }
  }
}
