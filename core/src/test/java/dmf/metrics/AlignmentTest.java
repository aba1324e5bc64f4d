package dmf.metrics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dmf.linalg.Mat;
import dmf.linalg.Svd;
import dmf.testing.Fixtures;
import org.junit.jupiter.api.Test;

class AlignmentTest {

  @Test
  void exactSmallCase() {
    // W = diag(3, 1): U and V are ±e_i with matching signs, so |UᵀGV| = |G|.
    Svd svd = Svd.of(Mat.diag(3, 1));
    Mat g = Mat.fromRowMajor(2, 2, new double[] {1, -2, 4, 0.5});
    Alignment a = Alignment.of(svd, g);
    assertEquals(0.75, a.diagMean(), 1e-15); // |1|, |0.5|
    assertEquals(0.25, a.diagStd(), 1e-15); // population standard deviation
    assertEquals(3, a.offDiagMean(), 1e-15); // |−2|, |4|
    assertEquals(1, a.offDiagStd(), 1e-15);
  }

  @Test
  void aGradientDiagonalInTheSingularBasisHasNoOffDiagonalPart() {
    for (int[] shape : new int[][] {{3, 3}, {6, 3}, {3, 6}}) {
      Mat w = Fixtures.gaussian(shape[0], shape[1], shape[0] * 7L + shape[1]);
      Svd svd = Svd.of(w);
      double[] d = {2, -1, 0.5};
      Mat g = svd.u().scaleColumns(d).times(svd.vt());
      double[] gBefore = g.data().clone();
      Alignment a = Alignment.of(svd, g);
      assertEquals((2 + 1 + 0.5) / 3, a.diagMean(), 1e-12);
      assertEquals(0, a.offDiagMean(), 1e-12);
      assertEquals(0, a.offDiagStd(), 1e-12);
      assertArrayEquals(gBefore, g.data());
    }
  }

  @Test
  void aOneByOneMatrixHasNoOffDiagonal() {
    Alignment a = Alignment.of(Svd.of(Mat.diag(2)), Mat.diag(-3));
    assertEquals(3, a.diagMean());
    assertEquals(0, a.diagStd());
    assertTrue(Double.isNaN(a.offDiagMean()));
    assertTrue(Double.isNaN(a.offDiagStd()));
  }
}
