package dmf.linalg;

import static dmf.testing.Fixtures.assertClose;
import static dmf.testing.Fixtures.gaussian;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.Function;
import org.junit.jupiter.api.Test;

class MatTest {

  /** op(A)·op(B) by the textbook triple loop. */
  static Mat naive(Mat a, boolean ta, Mat b, boolean tb) {
    Mat x = ta ? transposeNaive(a) : a;
    Mat y = tb ? transposeNaive(b) : b;
    Mat c = Mat.zeros(x.rows(), y.cols());
    for (int i = 0; i < x.rows(); i++) {
      for (int j = 0; j < y.cols(); j++) {
        double s = 0;
        for (int k = 0; k < x.cols(); k++) {
          s += x.get(i, k) * y.get(k, j);
        }
        c.set(i, j, s);
      }
    }
    return c;
  }

  static Mat transposeNaive(Mat a) {
    Mat t = Mat.zeros(a.cols(), a.rows());
    for (int i = 0; i < a.rows(); i++) {
      for (int j = 0; j < a.cols(); j++) {
        t.set(j, i, a.get(i, j));
      }
    }
    return t;
  }

  /** Applies f and checks that its argument's entries are unchanged. */
  static <T> T leavesInput(Mat input, Function<Mat, T> f) {
    double[] before = input.data().clone();
    T out = f.apply(input);
    assertArrayEquals(before, input.data(), "input modified");
    return out;
  }

  @Test
  void storageIsColumnMajor() {
    Mat m = new Mat(2, 3, new double[] {1, 2, 3, 4, 5, 6});
    assertEquals(2, m.rows());
    assertEquals(3, m.cols());
    assertEquals(1, m.get(0, 0));
    assertEquals(2, m.get(1, 0));
    assertEquals(3, m.get(0, 1));
    assertEquals(6, m.get(1, 2));
    m.set(1, 1, 9);
    assertEquals(9, m.data()[3]);
    assertEquals("Mat[2x3]", m.toString());
  }

  @Test
  void constructorRejectsAShapeThatDoesNotMatchTheBuffer() {
    assertThrows(IllegalArgumentException.class, () -> new Mat(2, 3, new double[5]));
    assertThrows(IllegalArgumentException.class, () -> new Mat(-1, -1, new double[1]));
    assertEquals(0, new Mat(0, 4, new double[0]).data().length);
  }

  @Test
  void rowMajorRoundTrip() {
    Mat m = Mat.fromRowMajor(2, 3, new double[] {1, 2, 3, 4, 5, 6});
    assertArrayEquals(new double[] {1, 4, 2, 5, 3, 6}, m.data());
    assertArrayEquals(new double[] {1, 2, 3, 4, 5, 6}, m.toRowMajor());
    for (int r = 1; r <= 7; r++) {
      for (int c = 1; c <= 7; c++) {
        Mat g = gaussian(r, c, 10 * r + c);
        assertEquals(g, Mat.fromRowMajor(r, c, g.toRowMajor()));
      }
    }
  }

  @Test
  void constructorsOfSpecialMatrices() {
    assertArrayEquals(new double[6], Mat.zeros(2, 3).data());
    assertArrayEquals(new double[] {1, 0, 0, 1}, Mat.identity(2).data());
    assertArrayEquals(new double[] {1, 0, 0, 0, 1, 0}, Mat.eye(3, 2).data());
    assertArrayEquals(new double[] {1, 0, 0, 1, 0, 0}, Mat.eye(2, 3).data());
    assertArrayEquals(new double[] {2, 0, 0, -3}, Mat.diag(2, -3).data());
    assertEquals(-1, Mat.diag(2, -3).trace());
    assertEquals(1 + 5, Mat.fromRowMajor(2, 3, new double[] {1, 2, 3, 4, 5, 6}).trace());
  }

  @Test
  void multiplyMatchesTheTripleLoopForEveryTransposeAndShape() {
    for (int m = 1; m <= 7; m++) {
      for (int n = 1; n <= 7; n += 2) {
        for (int k = 1; k <= 7; k += 3) {
          for (int t = 0; t < 4; t++) {
            boolean ta = (t & 1) != 0;
            boolean tb = (t & 2) != 0;
            Mat a = ta ? gaussian(k, m, m + 7L * k) : gaussian(m, k, m + 7L * k);
            Mat b = tb ? gaussian(n, k, n + 11L * k) : gaussian(k, n, n + 11L * k);
            double[] aBefore = a.data().clone();
            double[] bBefore = b.data().clone();
            Mat c = Mat.multiply(a, ta, b, tb);
            assertClose(naive(a, ta, b, tb), c, 1e-13, m + "x" + n + "x" + k + " t" + t);
            assertArrayEquals(aBefore, a.data());
            assertArrayEquals(bBefore, b.data());
          }
        }
      }
    }
    Mat a = gaussian(3, 4, 1);
    Mat b = gaussian(4, 2, 2);
    assertClose(naive(a, false, b, false), a.times(b), 1e-14, "times");
  }

  @Test
  void multiplyChecksInnerDimensionsAndHandlesEmptyShapes() {
    assertThrows(IllegalArgumentException.class, () -> gaussian(2, 3, 1).times(gaussian(2, 3, 2)));
    Mat c = Mat.multiply(Mat.zeros(3, 0), false, Mat.zeros(0, 2), false);
    assertEquals(3, c.rows());
    assertEquals(2, c.cols());
    assertArrayEquals(new double[6], c.data());
    assertEquals(0, Mat.zeros(0, 4).times(Mat.zeros(4, 5)).data().length);
  }

  @Test
  void transposeMovesEveryEntry() {
    for (int r = 1; r <= 7; r++) {
      for (int c = 1; c <= 7; c++) {
        Mat a = gaussian(r, c, 31L * r + c);
        Mat t = leavesInput(a, Mat::transpose);
        assertEquals(transposeNaive(a), t);
        assertEquals(a, t.transpose());
      }
    }
  }

  @Test
  void entrywiseArithmeticExactCases() {
    Mat a = Mat.fromRowMajor(2, 2, new double[] {1, 2, 3, 4});
    Mat b = Mat.fromRowMajor(2, 2, new double[] {0.5, -1, 2, 0});
    assertEquals(Mat.fromRowMajor(2, 2, new double[] {2, 0, 7, 4}), a.plusScaled(2, b));
    assertEquals(Mat.fromRowMajor(2, 2, new double[] {0.5, 3, 1, 4}), a.minus(b));
    assertEquals(Mat.fromRowMajor(2, 2, new double[] {-2, -4, -6, -8}), a.scale(-2));
    assertEquals(0.5 - 2 + 6, a.dot(b));
    assertEquals(Math.sqrt(30), a.frobeniusNorm(), 1e-15);
    assertEquals(
        Mat.fromRowMajor(2, 2, new double[] {2, -6, 6, -12}), a.scaleColumns(new double[] {2, -3}));
    assertThrows(IllegalArgumentException.class, () -> a.minus(Mat.zeros(2, 3)));
    assertThrows(IllegalArgumentException.class, () -> a.dot(Mat.zeros(3, 2)));
    assertThrows(IllegalArgumentException.class, () -> a.scaleColumns(new double[3]));
  }

  @Test
  void operationsReturnNewMatricesAndLeaveTheirInputs() {
    for (int r = 1; r <= 7; r += 3) {
      for (int c = 1; c <= 7; c += 2) {
        Mat a = gaussian(r, c, r * 100L + c);
        Mat b = gaussian(r, c, r * 100L + c + 1);
        double[] bBefore = b.data().clone();
        assertNotSame(a.data(), leavesInput(a, x -> x.plusScaled(0.5, b)).data());
        leavesInput(a, x -> x.minus(b));
        leavesInput(a, x -> x.scale(3));
        leavesInput(a, x -> x.scaleColumns(new double[x.cols()]));
        leavesInput(a, x -> x.dot(b));
        leavesInput(a, Mat::frobeniusNorm);
        leavesInput(a, Mat::copy);
        leavesInput(a, Mat::toRowMajor);
        assertArrayEquals(bBefore, b.data());
        Mat sq = gaussian(r, r, r);
        leavesInput(sq, Mat::symmetrize);
        leavesInput(sq, Mat::trace);
      }
    }
  }

  @Test
  void copyIsDeepAndEqualityIsByValue() {
    Mat a = gaussian(3, 2, 5);
    Mat c = a.copy();
    assertEquals(a, c);
    assertEquals(a.hashCode(), c.hashCode());
    c.set(0, 0, c.get(0, 0) + 1);
    assertNotEquals(a, c);
    assertNotEquals(a, new Mat(2, 3, a.data().clone()));
  }

  @Test
  void finiteness() {
    Mat a = gaussian(4, 3, 6);
    assertTrue(a.isFinite());
    for (double bad : new double[] {Double.NaN, Double.POSITIVE_INFINITY, -Double.MAX_VALUE * 2}) {
      for (int i = 0; i < 12; i++) {
        Mat b = a.copy();
        b.data()[i] = bad;
        assertFalse(b.isFinite(), bad + " at " + i);
      }
    }
    assertTrue(Mat.zeros(0, 0).isFinite());
  }

  @Test
  void symmetrizeAveragesWithTheTranspose() {
    Mat a = Mat.fromRowMajor(2, 2, new double[] {1, 2, 4, 3});
    assertEquals(Mat.fromRowMajor(2, 2, new double[] {1, 3, 3, 3}), a.symmetrize());
    for (int n = 1; n <= 7; n++) {
      Mat s = gaussian(n, n, n).symmetrize();
      assertEquals(s, s.transpose());
      assertEquals(s, s.symmetrize());
    }
    assertThrows(IllegalArgumentException.class, () -> Mat.zeros(2, 3).symmetrize());
  }
}
