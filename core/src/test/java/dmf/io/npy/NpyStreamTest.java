package dmf.io.npy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dmf.base.UserInputException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bulk reading of .npy files into primitive arrays in pieces: every integer and float layout, int64
 * values that do not fit an int refused with the index, 2-d arrays and truncation reported.
 */
class NpyStreamTest {
  @TempDir Path dir;

  @Test
  void readsIntegersAndFloatsInPieces() {
    int n = 3_000_001;
    int[] ints = new int[n];
    long[] longs = new long[n];
    float[] floats = new float[n];
    double[] doubles = new double[n];
    for (int i = 0; i < n; i++) {
      ints[i] = i * 7 - 5;
      longs[i] = ints[i];
      floats[i] = i * 0.25f - 3;
      doubles[i] = i / 3.0;
    }
    Npy.writeInt32(dir.resolve("i4.npy"), new long[] {n}, ints);
    Npy.writeInt64(dir.resolve("i8.npy"), new long[] {n}, longs);
    Npy.writeFloat32(dir.resolve("f4.npy"), new long[] {n}, floats);
    Npy.writeFloat64(dir.resolve("f8.npy"), new long[] {n}, doubles);
    for (String f : new String[] {"i4.npy", "i8.npy"}) {
      try (NpyStream s = NpyStream.open(dir.resolve(f)).require1d("x")) {
        assertTrue(s.isInteger());
        int[] a = new int[1_000_000];
        int[] b = new int[n - a.length];
        s.read(a);
        s.read(b);
        assertEquals(ints[999_999], a[999_999]);
        assertEquals(ints[n - 1], b[b.length - 1]);
        assertEquals(ints[1_000_000], b[0]);
      }
    }
    try (NpyStream s = NpyStream.open(dir.resolve("f4.npy"))) {
      assertTrue(s.isFloat32());
      float[] a = new float[n];
      s.read(a);
      assertArrayEquals(floats, a);
    }
    try (NpyStream s = NpyStream.open(dir.resolve("f8.npy"))) {
      double[] a = new double[n];
      s.read(a);
      assertArrayEquals(doubles, a);
    }
    try (NpyStream s = NpyStream.open(dir.resolve("f4.npy"))) {
      double[] a = new double[n];
      s.read(a);
      assertEquals(floats[12345], a[12345]);
      assertThrows(IllegalArgumentException.class, () -> s.read(new double[1]), "past the end");
    }
  }

  @Test
  void refusesWhatItCannotRead() {
    Npy.writeInt64(dir.resolve("big.npy"), new long[] {3}, new long[] {1, 1L << 40, 2});
    UserInputException ex =
        assertThrows(
            UserInputException.class,
            () -> {
              try (NpyStream s = NpyStream.open(dir.resolve("big.npy"))) {
                s.read(new int[3]);
              }
            });
    assertTrue(ex.getMessage().contains("at index 1 does not fit"), ex.getMessage());
    Npy.writeFloat64(dir.resolve("m.npy"), new long[] {2, 2}, new double[4]);
    assertThrows(
        UserInputException.class, () -> NpyStream.open(dir.resolve("m.npy")).require1d("x"));
    assertThrows(UserInputException.class, () -> NpyStream.open(dir.resolve("none.npy")));
    try (NpyStream s = NpyStream.open(dir.resolve("m.npy"))) {
      assertThrows(UserInputException.class, () -> s.read(new int[4]), "float as int");
    }
  }
}
