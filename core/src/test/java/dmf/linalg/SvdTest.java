package dmf.linalg;

import static dmf.testing.Fixtures.assertClose;
import static dmf.testing.Fixtures.gaussian;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SvdTest {
  static final double TOL = 1e-12;

  /** U·diag(s)·Vᵀ. */
  static Mat reconstruct(Svd svd) {
    return svd.u().scaleColumns(svd.s()).times(svd.vt());
  }

  static void assertDescendingNonNegative(double[] s, String what) {
    for (int i = 0; i < s.length; i++) {
      assertTrue(s[i] >= 0, what + ": σ" + i + " = " + s[i]);
      if (i > 0) {
        assertTrue(s[i - 1] >= s[i], what + ": not descending at " + i);
      }
    }
  }

  @Test
  void invariantsOnEveryShapeUpTo7x7() {
    for (int m = 1; m <= 7; m++) {
      for (int n = 1; n <= 7; n++) {
        String what = m + "x" + n;
        Mat a = gaussian(m, n, 13L * m + n);
        double[] before = a.data().clone();
        Svd svd = Svd.of(a);
        int k = Math.min(m, n);
        assertArrayEquals(before, a.data(), what + ": input modified");
        assertEquals(m, svd.u().rows());
        assertEquals(k, svd.u().cols());
        assertEquals(k, svd.vt().rows());
        assertEquals(n, svd.vt().cols());
        assertEquals(k, svd.s().length);
        assertDescendingNonNegative(svd.s(), what);
        assertClose(a, reconstruct(svd), TOL, what + ": U·S·Vᵀ");
        assertClose(Mat.identity(k), Mat.multiply(svd.u(), true, svd.u(), false), TOL, "UᵀU");
        assertClose(Mat.identity(k), Mat.multiply(svd.vt(), false, svd.vt(), true), TOL, "VᵀV");
        assertEquals(svd.vt().transpose(), svd.v());
        double[] values = Svd.values(a);
        assertArrayEquals(before, a.data(), what + ": input modified by values()");
        assertClose(svd.s(), values, TOL, what + ": values() vs of()");
        // ‖A‖_F² = Σσ²
        double ss = 0;
        for (double s : values) {
          ss += s * s;
        }
        assertEquals(a.frobeniusNorm() * a.frobeniusNorm(), ss, TOL * Math.max(1, ss));
      }
    }
  }

  @Test
  void exactCases() {
    // A diagonal matrix with signs: the singular values are the sorted absolute values.
    assertArrayEquals(new double[] {3, 2, 1}, Svd.values(Mat.diag(1, -3, 2)), 1e-15);
    // A rank-one outer product u·vᵀ has σ1 = ‖u‖‖v‖ and the rest zero.
    Mat uv =
        Mat.multiply(
            new Mat(3, 1, new double[] {1, 2, 2}),
            false,
            new Mat(4, 1, new double[] {0, 3, 4, 0}),
            true);
    double[] s = Svd.values(uv);
    assertEquals(15, s[0], 1e-13);
    for (int i = 1; i < s.length; i++) {
      assertEquals(0, s[i], 1e-13);
    }
    // [[3, 0], [4, 5]] has σ = 3√5, √5 (σ1σ2 = |det| = 15, σ1² + σ2² = 50).
    assertArrayEquals(
        new double[] {3 * Math.sqrt(5), Math.sqrt(5)},
        Svd.values(Mat.fromRowMajor(2, 2, new double[] {3, 0, 4, 5})),
        1e-14);
    assertArrayEquals(new double[3], Svd.values(Mat.zeros(3, 5)));
    Svd zero = Svd.of(Mat.zeros(2, 2));
    assertClose(Mat.zeros(2, 2), reconstruct(zero), 0, "zero");
  }

  @Test
  void emptyShapesAndNonFiniteInput() {
    Svd e = Svd.of(Mat.zeros(0, 3));
    assertEquals(0, e.s().length);
    assertEquals(0, e.u().rows());
    assertEquals(3, e.vt().cols());
    assertEquals(0, Svd.values(Mat.zeros(4, 0)).length);
    Mat bad = gaussian(3, 3, 1);
    bad.set(1, 2, Double.NaN);
    assertThrows(ArithmeticException.class, () -> Svd.of(bad));
    bad.set(1, 2, Double.NEGATIVE_INFINITY);
    assertThrows(ArithmeticException.class, () -> Svd.values(bad));
  }

  @Test
  void largerTallAndWideMatricesKeepTheInvariants() {
    for (int[] shape : new int[][] {{40, 9}, {9, 40}, {33, 33}}) {
      Mat a = gaussian(shape[0], shape[1], shape[0] * 100L + shape[1]);
      Svd svd = Svd.of(a);
      assertDescendingNonNegative(svd.s(), shape[0] + "x" + shape[1]);
      assertClose(a, reconstruct(svd), 1e-11, shape[0] + "x" + shape[1]);
    }
  }
}
