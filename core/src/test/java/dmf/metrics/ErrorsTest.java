package dmf.metrics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dmf.linalg.Mat;
import dmf.testing.Fixtures;
import org.junit.jupiter.api.Test;

class ErrorsTest {
  static final Mat W = Mat.fromRowMajor(2, 2, new double[] {1, 2, 3, 4});
  static final Mat TRUTH = Mat.fromRowMajor(2, 2, new double[] {1, 0, 0, 4});

  @Test
  void exactSmallCase() {
    // W − W* = [[0, 2], [3, 0]]: squared errors 0, 4, 9, 0.
    assertEquals(13.0 / 4, Errors.testError(W, TRUTH));
    assertEquals(Math.sqrt(13) / Math.sqrt(17), Errors.relativeFrobeniusError(W, TRUTH), 1e-15);
    // Column-major mask: (0,0), (1,0), (0,1), (1,1); observing the diagonal leaves 4 and 9.
    boolean[] diagonal = {true, false, false, true};
    assertEquals(13.0 / 2, Errors.unobservedError(W, TRUTH, diagonal));
    boolean[] offDiagonal = {false, true, true, false};
    assertEquals(0, Errors.unobservedError(W, TRUTH, offDiagonal));
  }

  @Test
  void unobservedErrorEdgeCases() {
    assertTrue(
        Double.isNaN(Errors.unobservedError(W, TRUTH, new boolean[] {true, true, true, true})));
    assertEquals(Errors.testError(W, TRUTH), Errors.unobservedError(W, TRUTH, new boolean[4]));
  }

  @Test
  void theThreeErrorsAgreeOnRandomShapesAndLeaveTheirInputs() {
    for (int r = 1; r <= 7; r += 2) {
      for (int c = 1; c <= 7; c += 3) {
        Mat w = Fixtures.gaussian(r, c, r * 10L + c);
        Mat t = Fixtures.gaussian(r, c, r * 10L + c + 1);
        double[] wb = w.data().clone();
        double[] tb = t.data().clone();
        double sq = w.minus(t).frobeniusNorm();
        sq *= sq;
        assertEquals(sq / (r * c), Errors.testError(w, t), 1e-14);
        assertEquals(Math.sqrt(sq) / t.frobeniusNorm(), Errors.relativeFrobeniusError(w, t), 1e-14);
        assertEquals(0, Errors.testError(w, w));
        assertArrayEquals(wb, w.data());
        assertArrayEquals(tb, t.data());
      }
    }
  }

  @Test
  void shapesMustAgree() {
    assertThrows(IllegalArgumentException.class, () -> Errors.testError(W, Mat.zeros(2, 3)));
    assertThrows(
        IllegalArgumentException.class, () -> Errors.relativeFrobeniusError(W, Mat.zeros(3, 2)));
  }
}
