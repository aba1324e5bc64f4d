package dmf.linalg;

import static dmf.linalg.GemmTest.rounded;
import static dmf.testing.Fixtures.ops;
import static dmf.testing.Fixtures.read;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dmf.testing.Fixtures;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The vector kernels of both precisions: exact small cases, offsets, the lengths around the switch
 * to native BLAS (512), "only the first n entries" and "inputs not modified"; float32 and float64
 * agree to float32 precision.
 */
class OpsTest {
  /** Lengths below, at and above the native-BLAS threshold, and odd tails of the 4-way unroll. */
  static final int[] LENGTHS = {0, 1, 2, 3, 4, 5, 7, 8, 511, 512, 513, 1031};

  static double[] random(int n, long seed) {
    SplittableRandom r = Fixtures.rng(seed);
    double[] x = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = r.nextGaussian();
    }
    return x;
  }

  /** Relative accuracy of a length-n reduction in the precision. */
  static double tol(Precision p, int n) {
    return (p == Precision.FLOAT64 ? 1e-15 : 1e-6) * Math.max(1, n);
  }

  @ParameterizedTest
  @EnumSource(Precision.class)
  void conversionsRoundToThePrecision(Precision p) {
    Ops<Object> ops = ops(p);
    assertSame(p, ops.precision());
    double[] x = {0.1, -1.0 / 3, 1e300, 0};
    double[] back = read(ops, ops.fromDoubles(x), x.length);
    assertArrayEquals(rounded(p, x), back);
    Object buf = ops.alloc(6);
    assertArrayEquals(new double[6], read(ops, buf, 6));
    ops.setFromDoubles(x, 3, buf);
    double[] partial = read(ops, buf, 6);
    assertArrayEquals(rounded(p, new double[] {0.1, -1.0 / 3, 1e300, 0, 0, 0}), partial);
    if (p == Precision.FLOAT32) {
      assertEquals(Double.POSITIVE_INFINITY, back[2]); // 1e300 overflows float
    }
  }

  @ParameterizedTest
  @EnumSource(Precision.class)
  void dotAndAxpyWithOffsetsAcrossTheNativeThreshold(Precision p) {
    Ops<Object> ops = ops(p);
    for (int n : LENGTHS) {
      int xo = 3;
      int yo = 5;
      double[] x = rounded(p, random(n + xo + 2, n));
      double[] y = rounded(p, random(n + yo + 2, n + 1));
      Object xb = ops.fromDoubles(x);
      Object yb = ops.fromDoubles(y);
      double expected = 0;
      double absSum = 0;
      for (int i = 0; i < n; i++) {
        expected += x[xo + i] * y[yo + i];
        absSum += Math.abs(x[xo + i] * y[yo + i]);
      }
      double got = ops.dot(n, xb, xo, yb, yo);
      assertEquals(expected, got, tol(p, n) * Math.max(1, absSum), p + " dot n=" + n);
      assertArrayEquals(x, read(ops, xb, x.length));
      assertArrayEquals(y, read(ops, yb, y.length));

      double alpha = -0.75;
      double[] want = y.clone();
      for (int i = 0; i < n; i++) {
        want[yo + i] += alpha * x[xo + i];
      }
      ops.axpy(n, alpha, xb, xo, yb, yo);
      double[] after = read(ops, yb, y.length);
      Fixtures.assertClose(want, after, tol(p, 1) * 4, p + " axpy n=" + n);
      for (int i = 0; i < y.length; i++) {
        if (i < yo || i >= yo + n) {
          assertEquals(y[i], after[i], "axpy wrote outside [yo, yo+n) at " + i);
        }
      }
      assertArrayEquals(x, read(ops, xb, x.length), "axpy modified x");
    }
  }

  @ParameterizedTest
  @EnumSource(Precision.class)
  void sumSquaresReadsOnlyTheFirstNEntries(Precision p) {
    Ops<Object> ops = ops(p);
    for (int n : LENGTHS) {
      double[] x = rounded(p, random(n + 4, 7 * n));
      double expected = 0;
      for (int i = 0; i < n; i++) {
        expected += x[i] * x[i];
      }
      Object xb = ops.fromDoubles(x);
      assertEquals(expected, ops.sumSquares(xb, n), tol(p, n) * Math.max(1, expected), "n=" + n);
      assertArrayEquals(x, read(ops, xb, x.length));
    }
    assertEquals(25, ops.sumSquares(ops.fromDoubles(new double[] {3, -4, 100}), 2));
  }

  @ParameterizedTest
  @EnumSource(Precision.class)
  void scaleZeroCopyTouchOnlyTheFirstNEntries(Precision p) {
    Ops<Object> ops = ops(p);
    Object x = ops.fromDoubles(new double[] {1, -2, 3, 4});
    ops.scale(x, 3, -0.5);
    assertArrayEquals(new double[] {-0.5, 1, -1.5, 4}, read(ops, x, 4));
    ops.zero(x, 2);
    assertArrayEquals(new double[] {0, 0, -1.5, 4}, read(ops, x, 4));
    Object y = ops.fromDoubles(new double[] {9, 9, 9, 9});
    ops.copy(x, y, 3);
    assertArrayEquals(new double[] {0, 0, -1.5, 9}, read(ops, y, 4));
    assertArrayEquals(new double[] {0, 0, -1.5, 4}, read(ops, x, 4));
  }

  @ParameterizedTest
  @EnumSource(Precision.class)
  void transposeOfEveryShape(Precision p) {
    Ops<Object> ops = ops(p);
    for (int r = 1; r <= 7; r++) {
      for (int c = 1; c <= 7; c++) {
        double[] a = rounded(p, random(r * c, r * 10L + c));
        Object src = ops.fromDoubles(a);
        Object dst = ops.alloc(r * c);
        ops.transpose(src, r, c, dst);
        double[] t = read(ops, dst, r * c);
        for (int i = 0; i < r; i++) {
          for (int j = 0; j < c; j++) {
            assertEquals(a[i + j * r], t[j + i * c]);
          }
        }
        assertArrayEquals(a, read(ops, src, r * c));
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Precision.class)
  void allFiniteFindsEveryNonFiniteEntryWithinN(Precision p) {
    Ops<Object> ops = ops(p);
    for (int n : new int[] {1, 5, 513}) {
      for (double bad : new double[] {Double.NaN, Double.POSITIVE_INFINITY, -1.0 / 0.0}) {
        for (int at : new int[] {0, n / 2, n - 1}) {
          double[] x = random(n + 1, n);
          assertTrue(ops.allFinite(ops.fromDoubles(x), n));
          x[at] = bad;
          assertFalse(ops.allFinite(ops.fromDoubles(x), n), bad + " at " + at + " of " + n);
          x[at] = 0;
          x[n] = bad; // beyond n: not looked at
          assertTrue(ops.allFinite(ops.fromDoubles(x), n));
        }
      }
    }
    assertTrue(ops.allFinite(ops.alloc(0), 0));
  }

  @ParameterizedTest
  @EnumSource(Precision.class)
  void scaledSquaresFollowsItsFormula(Precision p) {
    Ops<Object> ops = ops(p);
    double[] e = {1, -2};
    double[] q = {0.5, 4};
    double[] r = {-1, 1};
    // Σ (h·e_i / (atol + rtol·max(|p_i|, |q_i|)))² with h 2, atol 1, rtol 0.5
    double expected = Math.pow(2 * 1 / (1 + 0.5 * 1), 2) + Math.pow(2 * -2 / (1 + 0.5 * 4), 2);
    double got =
        ops.scaledSquares(2, ops.fromDoubles(e), 2, ops.fromDoubles(q), ops.fromDoubles(r), 1, 0.5);
    assertEquals(expected, got, 1e-15 * expected);
  }

  @ParameterizedTest
  @EnumSource(Precision.class)
  void adamKernelFollowsItsFormula(Precision p) {
    Ops<Object> ops = ops(p);
    double[] params = {1, -2};
    double[] g = {0.5, -4};
    double[] m = {0.25, 1};
    double[] v = {1, 2};
    Object pb = ops.fromDoubles(params);
    Object gb = ops.fromDoubles(g);
    Object mb = ops.fromDoubles(m);
    Object vb = ops.fromDoubles(v);
    double lr = 0.1;
    double b1 = 0.5;
    double b2 = 0.75;
    double eps = 0.125;
    double c1 = 0.5;
    double c2 = 0.25;
    ops.adam(2, pb, gb, mb, vb, lr, b1, b2, eps, c1, c2);
    double[] wantM = new double[2];
    double[] wantV = new double[2];
    double[] wantP = new double[2];
    for (int i = 0; i < 2; i++) {
      wantM[i] = b1 * m[i] + (1 - b1) * g[i];
      wantV[i] = b2 * v[i] + (1 - b2) * g[i] * g[i];
      wantP[i] = params[i] - lr * (wantM[i] / c1) / (Math.sqrt(wantV[i] / c2) + eps);
    }
    double t = p == Precision.FLOAT64 ? 1e-15 : 1e-7;
    Fixtures.assertClose(wantM, read(ops, mb, 2), t, "m");
    Fixtures.assertClose(wantV, read(ops, vb, 2), t, "v");
    Fixtures.assertClose(wantP, read(ops, pb, 2), t, "params");
    assertArrayEquals(g, read(ops, gb, 2), "gradient modified");
  }

  @Test
  void float32AndFloat64KernelsAgreeToFloat32Precision() {
    Ops<Object> d = ops(Precision.FLOAT64);
    Ops<Object> f = ops(Precision.FLOAT32);
    for (int n : LENGTHS) {
      double[] x = rounded(Precision.FLOAT32, random(n, 3 * n + 1));
      double[] y = rounded(Precision.FLOAT32, random(n, 3 * n + 2));
      double scale = Math.sqrt(d.sumSquares(x, n) * d.sumSquares(y, n));
      assertEquals(
          d.dot(n, x, 0, y, 0),
          f.dot(n, f.fromDoubles(x), 0, f.fromDoubles(y), 0),
          1e-6 * Math.max(1, scale) * Math.sqrt(Math.max(1, n)),
          "dot n=" + n);
      assertEquals(
          d.sumSquares(x, n),
          f.sumSquares(f.fromDoubles(x), n),
          1e-6 * Math.max(1, d.sumSquares(x, n)),
          "sumSquares n=" + n);
    }
  }
}
