package dmf.io.npy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dmf.base.UserInputException;
import dmf.testing.Python;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** .npy files written by numpy read correctly, and ours read back in numpy. */
class NpyNumpyTest {
  @TempDir Path dir;

  @Test
  void readsWhatNumpyWrites() throws Exception {
    assumeTrue(Python.has("numpy"), Python.EXE + " lacks numpy; skipping");
    String d = dir.toString().replace("\\", "/");
    Python.script(
        "import numpy as np\n"
            + "a = np.arange(12, dtype='<f8').reshape(3, 4) / 7\n"
            + "np.save('"
            + d
            + "/f8.npy', a)\n"
            + "np.save('"
            + d
            + "/f4.npy', a.astype('<f4'))\n"
            + "np.save('"
            + d
            + "/i4.npy', np.arange(5, dtype='<i4') - 2)\n"
            + "np.save('"
            + d
            + "/i8.npy', np.arange(5, dtype='<i8') * 10**10)\n"
            + "np.save('"
            + d
            + "/fortran.npy', np.asfortranarray(a))\n"
            + "np.save('"
            + d
            + "/big.npy', a.astype('>f8'))\n"
            + "np.save('"
            + d
            + "/cube.npy', np.arange(24.).reshape(2, 3, 4))\n");
    double[] expect = new double[12];
    for (int i = 0; i < 12; i++) {
      expect[i] = i / 7.0;
    }
    for (String f : new String[] {"f8", "fortran", "big"}) {
      NpyArray a = Npy.read(dir.resolve(f + ".npy"));
      assertArrayEquals(new long[] {3, 4}, a.shape(), f);
      assertArrayEquals(expect, a.asDoubles(), 0.0, f);
    }
    NpyArray f4 = Npy.read(dir.resolve("f4.npy"));
    for (int i = 0; i < 12; i++) {
      assertEquals((float) expect[i], f4.asDoubles()[i], 0.0);
    }
    assertArrayEquals(new int[] {-2, -1, 0, 1, 2}, Npy.read(dir.resolve("i4.npy")).asInts("i4"));
    assertEquals(4 * 10_000_000_000L, Npy.read(dir.resolve("i8.npy")).longs()[4]);
    NpyArray cube = Npy.read(dir.resolve("cube.npy"));
    assertArrayEquals(new long[] {2, 3, 4}, cube.shape());
    assertEquals(23.0, cube.asDoubles()[23]);
  }

  @Test
  void numpyReadsWhatWeWrite() throws Exception {
    assumeTrue(Python.has("numpy"), Python.EXE + " lacks numpy; skipping");
    Npy.writeFloat64(dir.resolve("a.npy"), new long[] {2, 3}, new double[] {1, 2, 3, 4, 5, 6.5});
    Npy.writeFloat32(dir.resolve("b.npy"), new long[] {3}, new float[] {1.5f, -2, 3});
    Npy.writeInt64(dir.resolve("c.npy"), new long[] {2}, new long[] {7, -9});
    Npy.writeInt32(dir.resolve("d.npy"), new long[] {2}, new int[] {3, 4});
    String d = dir.toString().replace("\\", "/");
    String out =
        Python.script(
            "import numpy as np\n"
                + "a = np.load('"
                + d
                + "/a.npy'); b = np.load('"
                + d
                + "/b.npy')\n"
                + "c = np.load('"
                + d
                + "/c.npy'); e = np.load('"
                + d
                + "/d.npy')\n"
                + "print(a.shape, a.dtype, a[1, 2], b.dtype, b[1], c.dtype, c[1], e.dtype, e[1])\n");
    assertEquals("(2, 3) float64 6.5 float32 -2.0 int64 -9 int32 4", out.trim());
  }

  @Test
  void corruptOrMissingFilesAreOneLineErrors() throws Exception {
    Path bad = dir.resolve("bad.npy");
    Files.writeString(bad, "not numpy at all");
    UserInputException e = assertThrows(UserInputException.class, () -> Npy.read(bad));
    assertEquals(bad + ": not an npy file (bad magic)", e.getMessage());
    Path missing = dir.resolve("missing.npy");
    e = assertThrows(UserInputException.class, () -> Npy.read(missing));
    assertEquals(missing + ": no such file", e.getMessage());
    Path trunc = dir.resolve("trunc.npy");
    Npy.writeFloat64(trunc, new long[] {100}, new double[100]);
    byte[] all = Files.readAllBytes(trunc);
    Files.write(trunc, Arrays.copyOf(all, all.length - 8));
    e = assertThrows(UserInputException.class, () -> Npy.read(trunc));
    assertEquals(-1, e.getMessage().indexOf('\n'));
    assertEquals(true, e.getMessage().startsWith(trunc.toString()));
  }
}
