package dmf.linalg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dmf.testing.Mats;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * W measured from its factors equals W measured densely: singular values and vectors, entries,
 * columns, distances to a low-rank matrix; and the thin QR and low-rank norms it rests on.
 */
class FactoredMatrixTest {
  private static Mat gaussian(int r, int c, SplittableRandom rng) {
    double[] d = new double[r * c];
    for (int i = 0; i < d.length; i++) {
      d[i] = rng.nextGaussian();
    }
    return new Mat(r, c, d);
  }

  private static List<Mat> factors(int rows, int cols, int[] widths, long seed) {
    SplittableRandom rng = new SplittableRandom(seed);
    List<Mat> f = new ArrayList<>();
    int prev = cols;
    for (int w : widths) {
      f.add(gaussian(w, prev, rng));
      prev = w;
    }
    f.add(gaussian(rows, prev, rng));
    return f;
  }

  @ParameterizedTest(name = "{0}x{1}, widths {2}")
  @CsvSource({"30, 20, ''", "30, 20, 4", "12, 40, 5 3", "25, 25, 25 25", "9, 14, 20 30 6"})
  void measuresTheProductWithoutFormingIt(int rows, int cols, String widthText) {
    int[] widths =
        widthText.isBlank()
            ? new int[0]
            : Arrays.stream(widthText.trim().split(" ")).mapToInt(Integer::parseInt).toArray();
    List<Mat> f = factors(rows, cols, widths, rows * 31L + cols);
    FactoredMatrix w = FactoredMatrix.of(f);
    Mat dense = w.toDense();
    double[] s = Svd.values(dense);
    double[] sf = w.singularValues();
    for (int i = 0; i < s.length; i++) {
      double expect = i < sf.length ? sf[i] : 0;
      assertEquals(s[i], expect, 1e-12 * s[0], "singular value " + i);
    }
    Svd svd = w.svd(true);
    Mat back = svd.u().scaleColumns(svd.s()).times(svd.vt());
    assertTrue(Mats.maxAbs(back.minus(dense)) <= 1e-12 * s[0], "U·S·Vᵀ reproduces W");
    Mat utu = Mat.multiply(svd.u(), true, svd.u(), false);
    assertTrue(
        Mats.maxAbs(utu.minus(Mat.identity(utu.rows()))) < 1e-12, "U has orthonormal columns");
    for (int j = 0; j < cols; j++) {
      double[] c = w.column(j);
      for (int i = 0; i < rows; i++) {
        assertEquals(dense.get(i, j), c[i], 1e-12 * s[0]);
        assertEquals(dense.get(i, j), w.get(i, j), 1e-12 * s[0]);
      }
    }
    LowRank t =
        new LowRank(
            gaussian(rows, 3, new SplittableRandom(5)), gaussian(cols, 3, new SplittableRandom(6)));
    double d = dense.minus(t.toDense()).frobeniusNorm();
    assertEquals(d, w.distanceTo(t), 1e-12 * d);
    assertEquals(t.toDense().frobeniusNorm(), t.frobeniusNorm(), 1e-12 * d);
  }

  @Test
  void qrFactorsWideAndTallMatrices() {
    for (int[] shape : new int[][] {{20, 6}, {6, 20}, {9, 9}}) {
      Mat a = gaussian(shape[0], shape[1], new SplittableRandom(shape[0]));
      Qr qr = Qr.of(a);
      assertTrue(Mats.maxAbs(qr.q().times(qr.r()).minus(a)) < 1e-12);
      for (int j = 0; j < qr.r().cols(); j++) {
        for (int i = j + 1; i < qr.r().rows(); i++) {
          assertEquals(0.0, qr.r().get(i, j), "R is upper triangular");
        }
      }
      assertEquals(qr.r(), Qr.ofR(a).r());
    }
  }
}
