package dmf.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dmf.base.RandomStreams;
import dmf.linalg.Mat;
import dmf.linalg.Ops;
import dmf.linalg.Precision;
import java.util.SplittableRandom;

/** Seeded test data and tolerance checks shared by the unit tests. */
public final class Fixtures {
  private Fixtures() {}

  /**
   * @param seed the seed
   * @return the generator every test draws from (stream "test" of the seed)
   */
  public static SplittableRandom rng(long seed) {
    return RandomStreams.of(seed, "test");
  }

  /**
   * @return a rows×cols matrix of i.i.d. N(0, 1) entries from stream "test" of the seed
   */
  public static Mat gaussian(int rows, int cols, long seed) {
    SplittableRandom r = rng(seed);
    double[] d = new double[rows * cols];
    for (int i = 0; i < d.length; i++) {
      d[i] = r.nextGaussian();
    }
    return new Mat(rows, cols, d);
  }

  /**
   * @param p a precision
   * @return its kernels over untyped buffers, so one test body serves both precisions
   */
  @SuppressWarnings("unchecked")
  public static Ops<Object> ops(Precision p) {
    return (Ops<Object>) p.ops();
  }

  /**
   * @return the first n entries of a buffer of the kernels' precision, widened to double
   */
  public static double[] read(Ops<Object> ops, Object buffer, int n) {
    double[] out = new double[n];
    ops.toDoubles(buffer, n, out);
    return out;
  }

  /**
   * @return a random symmetric n×n matrix
   */
  public static Mat symmetric(int n, long seed) {
    return gaussian(n, n, seed).symmetrize();
  }

  /** Asserts |expected − actual| ≤ tol·max(1, ‖expected‖_max), entry by entry, same shape. */
  public static void assertClose(Mat expected, Mat actual, double tol, String what) {
    assertEquals(expected.rows(), actual.rows(), what + ": rows");
    assertEquals(expected.cols(), actual.cols(), what + ": cols");
    assertClose(expected.data(), actual.data(), tol, what);
  }

  /** Asserts |expected_i − actual_i| ≤ tol·max(1, max_i |expected_i|), same length. */
  public static void assertClose(double[] expected, double[] actual, double tol, String what) {
    assertEquals(expected.length, actual.length, what + ": length");
    double scale = 1;
    for (double v : expected) {
      scale = Math.max(scale, Math.abs(v));
    }
    for (int i = 0; i < expected.length; i++) {
      double d = Math.abs(expected[i] - actual[i]);
      assertTrue(
          d <= tol * scale,
          what
              + ": entry "
              + i
              + " is "
              + actual[i]
              + ", expected "
              + expected[i]
              + " (tol "
              + tol
              + "·"
              + scale
              + ")");
    }
  }

  /** Asserts |expected − actual| ≤ tol·max(1, |expected|). */
  public static void assertClose(double expected, double actual, double tol, String what) {
    assertClose(new double[] {expected}, new double[] {actual}, tol, what);
  }
}
