package dmf.io.npy;

import dmf.base.UserInputException;
import dmf.io.AtomicFiles;
import dmf.linalg.Mat;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Reads and writes numpy {@code .npy} files.
 *
 * <p>Writing produces format version 1.0 (2.0 only if the header would not fit), little-endian, C
 * order, with the header padded so the data starts at a multiple of 64 bytes, as numpy does. All
 * writes are atomic ({@link AtomicFiles}). Reading accepts versions 1.0, 2.0 and 3.0, either byte
 * order, Fortran order (converted to C order) and the dtypes {@code f4 f8 i4 i8 b1 u1}; see {@link
 * NpyType}. Problems with a file are reported as a {@link UserInputException} naming it.
 */
public final class Npy {
  private static final int CHUNK_BYTES = 1 << 20;

  private Npy() {}

  // ---------------------------------------------------------------- reading

  /**
   * Reads a {@code .npy} file.
   *
   * @param file the file to read
   * @return its array, in C order
   * @throws UserInputException naming the file if it is missing, not an npy file, truncated, has a
   *     malformed header or an unsupported dtype
   * @throws UncheckedIOException for other I/O failures
   */
  public static NpyArray read(Path file) {
    String name = file.toString();
    if (Files.isDirectory(file)) {
      throw new UserInputException(name + ": is a directory, not an npy file");
    }
    if (Files.exists(file) && !Files.isRegularFile(file)) {
      // A pipe or a device could be read forever.
      throw new UserInputException(name + ": not a regular file, not an npy file");
    }
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
      return read(ch, name);
    } catch (NoSuchFileException e) {
      throw new UserInputException(name + ": no such file");
    } catch (AccessDeniedException e) {
      throw new UserInputException(name + ": permission denied");
    } catch (IOException e) {
      throw new UncheckedIOException(name + ": cannot read: " + e.getMessage(), e);
    }
  }

  private static NpyArray read(FileChannel ch, String name) throws IOException {
    NpyLayout layout = NpyLayout.read(ch, name);
    if (layout.count() > NpyArray.MAX_ELEMENTS) {
      throw new UserInputException(
          name
              + ": array of shape "
              + NpyArray.shapeString(layout.header().shape())
              + " is too large to load");
    }
    NpyArray array =
        readData(ch, name, layout.encoding(), layout.header().shape(), (int) layout.count());
    return layout.header().fortranOrder() ? FortranOrder.toC(array) : array;
  }

  private static NpyArray readData(
      FileChannel ch, String name, NpyEncoding enc, long[] shape, int n) throws IOException {
    double[] doubles = enc.type().isInteger() ? null : new double[n];
    long[] longs = enc.type().isInteger() ? new long[n] : null;
    int perChunk = CHUNK_BYTES / enc.size();
    ByteBuffer buf = ByteBuffer.allocateDirect(perChunk * enc.size()).order(enc.order());
    float[] floats = enc.kind() == NpyEncoding.Kind.F4 ? new float[perChunk] : null;
    int[] ints = enc.kind() == NpyEncoding.Kind.I4 ? new int[perChunk] : null;
    for (int done = 0; done < n; ) {
      int m = Math.min(perChunk, n - done);
      buf.clear().limit(m * enc.size());
      if (!NpyLayout.readFully(ch, buf)) {
        throw NpyLayout.truncated(
            name, (long) n * enc.size(), (long) done * enc.size() + buf.position());
      }
      buf.flip();
      switch (enc.kind()) {
        case F8 -> buf.asDoubleBuffer().get(doubles, done, m);
        case F4 -> {
          buf.asFloatBuffer().get(floats, 0, m);
          for (int i = 0; i < m; i++) {
            doubles[done + i] = floats[i];
          }
        }
        case I8 -> buf.asLongBuffer().get(longs, done, m);
        case I4 -> {
          buf.asIntBuffer().get(ints, 0, m);
          for (int i = 0; i < m; i++) {
            longs[done + i] = ints[i];
          }
        }
        case U1 -> {
          for (int i = 0; i < m; i++) {
            longs[done + i] = Byte.toUnsignedInt(buf.get(i));
          }
        }
        case B1 -> {
          for (int i = 0; i < m; i++) {
            longs[done + i] = buf.get(i) != 0 ? 1 : 0;
          }
        }
        default -> throw new AssertionError(enc.kind());
      }
      done += m;
    }
    return new NpyArray(shape, enc.type(), doubles, longs);
  }

  // ---------------------------------------------------------------- writing

  /**
   * Writes a matrix as a 2-D float64 array in C order.
   *
   * @param file the .npy file (written whole)
   * @param m the matrix (Input, not modified)
   */
  public static void writeMatrix(Path file, Mat m) {
    writeFloat64(file, new long[] {m.rows(), m.cols()}, m.toRowMajor());
  }

  /**
   * Writes a float64 ({@code '<f8'}) array.
   *
   * @param file the file to create or replace
   * @param shape the dimensions, empty for a scalar
   * @param cOrderData the values in C order
   * @throws IllegalArgumentException if the data length does not match the shape
   * @throws UncheckedIOException if writing fails
   */
  public static void writeFloat64(Path file, long[] shape, double[] cOrderData) {
    NpyWriter.write(
        file,
        NpyType.FLOAT64,
        shape,
        cOrderData.length,
        (buf, from, count) -> buf.asDoubleBuffer().put(cOrderData, from, count));
  }

  /**
   * Writes a float32 ({@code '<f4'}) array.
   *
   * @param file the file to create or replace
   * @param shape the dimensions, empty for a scalar
   * @param data the values in C order
   * @throws IllegalArgumentException if the data length does not match the shape
   * @throws UncheckedIOException if writing fails
   */
  public static void writeFloat32(Path file, long[] shape, float[] data) {
    NpyWriter.write(
        file,
        NpyType.FLOAT32,
        shape,
        data.length,
        (buf, from, count) -> buf.asFloatBuffer().put(data, from, count));
  }

  /**
   * Writes a float32 ({@code '<f4'}) array, rounding each double to the nearest float.
   *
   * @param file the file to create or replace
   * @param shape the dimensions, empty for a scalar
   * @param data the values in C order
   * @throws IllegalArgumentException if the data length does not match the shape
   * @throws UncheckedIOException if writing fails
   */
  public static void writeFloat32(Path file, long[] shape, double[] data) {
    NpyWriter.write(
        file,
        NpyType.FLOAT32,
        shape,
        data.length,
        (buf, from, count) -> {
          for (int i = 0; i < count; i++) {
            buf.putFloat(4 * i, (float) data[from + i]);
          }
        });
  }

  /**
   * Writes an int64 ({@code '<i8'}) array.
   *
   * @param file the file to create or replace
   * @param shape the dimensions, empty for a scalar
   * @param data the values in C order
   * @throws IllegalArgumentException if the data length does not match the shape
   * @throws UncheckedIOException if writing fails
   */
  public static void writeInt64(Path file, long[] shape, long[] data) {
    NpyWriter.write(
        file,
        NpyType.INT64,
        shape,
        data.length,
        (buf, from, count) -> buf.asLongBuffer().put(data, from, count));
  }

  /**
   * Writes an int32 ({@code '<i4'}) array.
   *
   * @param file the file to create or replace
   * @param shape the dimensions, empty for a scalar
   * @param data the values in C order
   * @throws IllegalArgumentException if the data length does not match the shape
   * @throws UncheckedIOException if writing fails
   */
  public static void writeInt32(Path file, long[] shape, int[] data) {
    NpyWriter.write(
        file,
        NpyType.INT32,
        shape,
        data.length,
        (buf, from, count) -> buf.asIntBuffer().put(data, from, count));
  }

  /**
   * Writes an array with its own type and shape.
   *
   * @param file the file to create or replace
   * @param array the array; an {@link NpyType#INT32} array must hold only int values
   * @throws UncheckedIOException if writing fails
   */
  public static void write(Path file, NpyArray array) {
    long[] shape = array.shape();
    switch (array.type()) {
      case FLOAT64 -> writeFloat64(file, shape, array.doubles());
      case FLOAT32 -> writeFloat32(file, shape, array.doubles());
      case INT64 -> writeInt64(file, shape, array.longs());
      case INT32 -> writeInt32(file, shape, array.asInts(file.toString()));
      default -> throw new AssertionError(array.type());
    }
  }
}
