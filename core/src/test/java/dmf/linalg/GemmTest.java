package dmf.linalg;

import static dmf.testing.Fixtures.ops;
import static dmf.testing.Fixtures.read;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dmf.testing.Fixtures;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * GEMM and GEMV of both precisions against a textbook loop: every transpose combination, shapes
 * 1..7, leading dimensions larger than the rows (padding that must be neither read nor written),
 * and non-trivial alpha and beta.
 */
class GemmTest {
  private static final int PAD = 3;
  private static final double SENTINEL = 12345.0;

  /** Float64 agrees to rounding; float32 to its unit roundoff times the inner dimension. */
  static double tol(Precision p) {
    return p == Precision.FLOAT64 ? 1e-13 : 1e-5;
  }

  /** A column-major r×c block stored with leading dimension ld ≥ r; padding holds {@code pad}. */
  static double[] padded(int r, int c, int ld, double pad, SplittableRandom rng) {
    double[] a = new double[ld * c];
    for (int j = 0; j < c; j++) {
      for (int i = 0; i < ld; i++) {
        a[i + j * ld] = i < r ? rng.nextGaussian() : pad;
      }
    }
    return a;
  }

  /** Rounds to the precision, so that the reference sees exactly the values the kernel sees. */
  static double[] rounded(Precision p, double[] x) {
    double[] out = x.clone();
    if (p == Precision.FLOAT32) {
      for (int i = 0; i < out.length; i++) {
        out[i] = (float) out[i];
      }
    }
    return out;
  }

  @ParameterizedTest
  @EnumSource(Precision.class)
  void gemmMatchesTheLoopForEveryTransposeShapeAndLeadingDimension(Precision p) {
    Ops<Object> ops = ops(p);
    SplittableRandom rng = Fixtures.rng(1);
    double alpha = -1.25;
    double beta = 0.75;
    for (int m = 1; m <= 7; m++) {
      for (int n = 1; n <= 7; n++) {
        for (int k = 1; k <= 7; k += 2) {
          for (int t = 0; t < 4; t++) {
            boolean ta = (t & 1) != 0;
            boolean tb = (t & 2) != 0;
            int ar = ta ? k : m;
            int ac = ta ? m : k;
            int br = tb ? n : k;
            int bc = tb ? k : n;
            int lda = ar + (t == 0 ? 0 : PAD);
            int ldb = br + (t == 3 ? 0 : PAD);
            int ldc = m + PAD;
            // NaN in the padding of A and B: reading it would poison C.
            double[] a = rounded(p, padded(ar, ac, lda, Double.NaN, rng));
            double[] b = rounded(p, padded(br, bc, ldb, Double.NaN, rng));
            double[] c = rounded(p, padded(m, n, ldc, SENTINEL, rng));
            double[] expected = c.clone();
            for (int i = 0; i < m; i++) {
              for (int j = 0; j < n; j++) {
                double s = 0;
                for (int q = 0; q < k; q++) {
                  double aiq = ta ? a[q + i * lda] : a[i + q * lda];
                  double bqj = tb ? b[j + q * ldb] : b[q + j * ldb];
                  s += aiq * bqj;
                }
                expected[i + j * ldc] = alpha * s + beta * c[i + j * ldc];
              }
            }
            Object ab = ops.fromDoubles(a);
            Object bb = ops.fromDoubles(b);
            Object cb = ops.fromDoubles(c);
            ops.gemm(ta, tb, m, n, k, alpha, ab, lda, bb, ldb, beta, cb, ldc);
            String what = p + " " + m + "x" + n + "x" + k + " transA=" + ta + " transB=" + tb;
            double[] got = read(ops, cb, c.length);
            for (int j = 0; j < n; j++) {
              for (int i = 0; i < ldc; i++) {
                int at = i + j * ldc;
                if (i >= m) {
                  assertEquals(SENTINEL, got[at], what + ": padding of C written");
                } else {
                  double scale = Math.max(1, Math.abs(expected[at])) * k;
                  assertTrue(
                      Math.abs(got[at] - expected[at]) <= tol(p) * scale,
                      what + ": C(" + i + "," + j + ") = " + got[at] + " vs " + expected[at]);
                }
              }
            }
            assertArrayEquals(a, read(ops, ab, a.length), what + ": A modified");
            assertArrayEquals(b, read(ops, bb, b.length), what + ": B modified");
          }
        }
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Precision.class)
  void gemmWithBetaZeroOverwritesAndWithAlphaZeroScales(Precision p) {
    Ops<Object> ops = ops(p);
    Object a = ops.fromDoubles(new double[] {1, 2, 3, 4}); // [[1, 3], [2, 4]]
    Object b = ops.fromDoubles(new double[] {1, 0, 0, 1});
    Object c = ops.fromDoubles(new double[] {7, 7, 7, 7});
    ops.gemm(false, false, 2, 2, 2, 1.0, a, 2, b, 2, 0.0, c, 2);
    assertArrayEquals(new double[] {1, 2, 3, 4}, read(ops, c, 4));
    ops.gemm(false, false, 2, 2, 2, 0.0, a, 2, b, 2, 2.0, c, 2);
    assertArrayEquals(new double[] {2, 4, 6, 8}, read(ops, c, 4));
    ops.gemm(true, false, 2, 2, 2, 1.0, a, 2, a, 2, 0.0, c, 2); // AᵀA
    assertArrayEquals(new double[] {5, 11, 11, 25}, read(ops, c, 4));
  }

  @ParameterizedTest
  @EnumSource(Precision.class)
  void gemvMatchesTheLoopForBothTransposes(Precision p) {
    Ops<Object> ops = ops(p);
    SplittableRandom rng = Fixtures.rng(2);
    for (int m = 1; m <= 7; m++) {
      for (int n = 1; n <= 7; n++) {
        for (boolean ta : new boolean[] {false, true}) {
          int lda = m + PAD;
          double[] a = rounded(p, padded(m, n, lda, Double.NaN, rng));
          int xl = ta ? m : n;
          int yl = ta ? n : m;
          double[] x = rounded(p, padded(xl, 1, xl, 0, rng));
          double[] y = rounded(p, padded(yl, 1, yl, 0, rng));
          double[] expected = new double[yl];
          for (int i = 0; i < yl; i++) {
            double s = 0;
            for (int q = 0; q < xl; q++) {
              s += (ta ? a[q + i * lda] : a[i + q * lda]) * x[q];
            }
            expected[i] = 0.5 * s - 2 * y[i];
          }
          Object yb = ops.fromDoubles(y);
          Object xb = ops.fromDoubles(x);
          ops.gemv(ta, m, n, 0.5, ops.fromDoubles(a), lda, xb, -2, yb);
          Fixtures.assertClose(
              expected, read(ops, yb, yl), 10 * tol(p), p + " gemv " + m + "x" + n + " " + ta);
          assertArrayEquals(x, read(ops, xb, xl));
        }
      }
    }
  }
}
