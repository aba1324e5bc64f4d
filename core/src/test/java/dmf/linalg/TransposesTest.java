package dmf.linalg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The tiled transposes against the definition, on shapes below, at and across the tile side (32),
 * for both precisions and through {@link Ops}; the input is not modified.
 */
class TransposesTest {
  @ParameterizedTest
  @CsvSource({"1,1", "1,7", "7,1", "31,33", "32,32", "33,31", "64,65", "100,3", "3,100", "97,129"})
  void everyEntryLandsWhereTheDefinitionPutsIt(int rows, int cols) {
    double[] src = OpsTest.random(rows * cols, 31L * rows + cols);
    double[] copy = src.clone();
    double[] dst = new double[rows * cols];
    Transposes.of(src, rows, cols, dst);
    for (int j = 0; j < cols; j++) {
      for (int i = 0; i < rows; i++) {
        assertEquals(src[j * rows + i], dst[i * cols + j], 0.0, i + "," + j);
      }
    }
    assertArrayEquals(copy, src, 0.0);

    float[] s32 = new float[src.length];
    for (int k = 0; k < src.length; k++) {
      s32[k] = (float) src[k];
    }
    float[] d32 = new float[src.length];
    Ops32.INSTANCE.transpose(s32, rows, cols, d32);
    for (int k = 0; k < src.length; k++) {
      assertEquals((float) dst[k], d32[k], 0.0f);
    }
    double[] d64 = new double[src.length];
    Ops64.INSTANCE.transpose(src, rows, cols, d64);
    assertArrayEquals(dst, d64, 0.0);
  }

  @Test
  void transposingTwiceGivesTheMatrixBack() {
    int rows = 943;
    int cols = 70;
    double[] src = OpsTest.random(rows * cols, 5);
    double[] t = new double[src.length];
    double[] back = new double[src.length];
    Transposes.of(src, rows, cols, t);
    Transposes.of(t, cols, rows, back);
    assertArrayEquals(src, back, 0.0);
  }
}
