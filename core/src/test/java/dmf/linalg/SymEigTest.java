package dmf.linalg;

import static dmf.testing.Fixtures.assertClose;
import static dmf.testing.Fixtures.gaussian;
import static dmf.testing.Fixtures.symmetric;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SymEigTest {
  static final double TOL = 1e-12;

  @Test
  void invariantsOnEverySizeUpTo7() {
    for (int n = 1; n <= 7; n++) {
      Mat a = symmetric(n, n);
      double[] before = a.data().clone();
      SymEig e = SymEig.of(a);
      assertArrayEquals(before, a.data(), n + ": input modified");
      for (int i = 1; i < n; i++) {
        assertTrue(e.values()[i - 1] <= e.values()[i], n + ": not ascending");
      }
      Mat q = e.vectors();
      assertClose(Mat.identity(n), Mat.multiply(q, true, q, false), TOL, n + ": QᵀQ");
      assertClose(a, q.scaleColumns(e.values()).times(q.transpose()), TOL, n + ": QΛQᵀ");
      assertClose(a, e.apply(x -> x), TOL, n + ": apply(identity)");
      assertClose(e.values(), SymEig.values(a), TOL, n + ": values() vs of()");
      assertEquals(a.trace(), sum(e.values()), TOL * n);
    }
  }

  static double sum(double[] v) {
    double s = 0;
    for (double x : v) {
      s += x;
    }
    return s;
  }

  @Test
  void exactCases() {
    assertArrayEquals(new double[] {1, 2, 3}, SymEig.values(Mat.diag(3, 1, 2)), 1e-15);
    assertArrayEquals(
        new double[] {1, 3},
        SymEig.values(Mat.fromRowMajor(2, 2, new double[] {2, 1, 1, 2})),
        1e-15);
    SymEig e = SymEig.of(Mat.fromRowMajor(2, 2, new double[] {2, 1, 1, 2}));
    // The eigenvector of 3 is ±(1, 1)/√2.
    assertEquals(Math.sqrt(0.5), Math.abs(e.vectors().get(0, 1)), 1e-15);
    assertEquals(e.vectors().get(0, 1), e.vectors().get(1, 1), 1e-15);
    assertArrayEquals(new double[] {2, 6}, e.map(x -> 2 * x), 1e-14);
  }

  @Test
  void onlyTheLowerTriangleIsRead() {
    for (int n = 2; n <= 7; n++) {
      Mat s = symmetric(n, 50 + n);
      Mat garbage = s.copy();
      for (int j = 1; j < n; j++) {
        for (int i = 0; i < j; i++) {
          garbage.set(i, j, 1e6 * (i + 1));
        }
      }
      assertArrayEquals(SymEig.values(s), SymEig.values(garbage), 0);
    }
  }

  @Test
  void applyComputesAMatrixFunction() {
    for (int n = 1; n <= 7; n++) {
      Mat g = gaussian(n, n, 70 + n);
      Mat psd = Mat.multiply(g, false, g, true);
      Mat root = SymEig.of(psd).apply(l -> Math.sqrt(Math.max(l, 0)));
      assertClose(psd, root.times(root), 1e-11, n + ": sqrt(A)²");
      assertClose(root, root.transpose(), 1e-12, n + ": sqrt(A) symmetric");
      Mat inv = SymEig.of(psd.plusScaled(1, Mat.identity(n))).apply(l -> 1 / l);
      assertClose(Mat.identity(n), inv.times(psd.plusScaled(1, Mat.identity(n))), 1e-11, "inv");
    }
  }

  @Test
  void rejectsNonSquareAndNonFiniteInput() {
    assertThrows(IllegalArgumentException.class, () -> SymEig.of(Mat.zeros(2, 3)));
    Mat bad = symmetric(3, 1);
    bad.set(2, 0, Double.NaN);
    assertThrows(ArithmeticException.class, () -> SymEig.values(bad));
    assertEquals(0, SymEig.of(Mat.zeros(0, 0)).values().length);
  }
}
