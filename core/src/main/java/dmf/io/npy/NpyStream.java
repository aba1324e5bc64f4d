package dmf.io.npy;

import dmf.base.UserInputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Reads the elements of a {@code .npy} file in C order straight into primitive arrays, in large
 * bulk reads: near disk speed, with no boxed or widened copy of the whole array, and for arrays of
 * any length (the caller supplies the arrays, e.g. in chunks). Integer files read as int (each
 * value checked to fit), floating files as float or double. Fortran-order files of more than one
 * dimension are refused (read them with {@link Npy#read}).
 */
public final class NpyStream implements AutoCloseable {
  private static final int BUFFER_BYTES = 8 << 20;
  private final FileChannel ch;
  private final String name;
  private final NpyEncoding enc;
  private final long[] shape;
  private final long count;
  private final ByteBuffer buf;
  private long done;

  private NpyStream(FileChannel ch, String name, NpyLayout layout) {
    this.ch = ch;
    this.name = name;
    this.enc = layout.encoding();
    this.shape = layout.header().shape();
    this.count = layout.count();
    this.buf = ByteBuffer.allocateDirect(BUFFER_BYTES).order(enc.order());
  }

  /**
   * @param file a .npy file
   * @return a stream positioned at its first element
   * @throws UserInputException naming the file if it is missing or not a readable npy file
   */
  public static NpyStream open(Path file) {
    String name = file.toString();
    FileChannel ch = null;
    try {
      ch = FileChannel.open(file, StandardOpenOption.READ);
      NpyLayout layout = NpyLayout.read(ch, name);
      if (layout.header().fortranOrder() && layout.header().shape().length > 1) {
        throw new UserInputException(name + ": Fortran order is not supported for bulk reading");
      }
      return new NpyStream(ch, name, layout);
    } catch (NoSuchFileException e) {
      throw new UserInputException(name + ": no such file");
    } catch (AccessDeniedException e) {
      throw new UserInputException(name + ": permission denied");
    } catch (IOException e) {
      closeQuietly(ch);
      throw new UncheckedIOException(name + ": cannot read: " + e.getMessage(), e);
    } catch (RuntimeException e) {
      closeQuietly(ch);
      throw e;
    }
  }

  private static void closeQuietly(FileChannel ch) {
    try {
      if (ch != null) {
        ch.close();
      }
    } catch (IOException ignored) {
      // nothing was read
    }
  }

  /**
   * @return the shape
   */
  public long[] shape() {
    return shape.clone();
  }

  /**
   * @return the number of elements
   */
  public long count() {
    return count;
  }

  /**
   * @return whether the elements are integers
   */
  public boolean isInteger() {
    return enc.type().isInteger();
  }

  /**
   * @return whether the elements are float32
   */
  public boolean isFloat32() {
    return enc.kind() == NpyEncoding.Kind.F4;
  }

  /**
   * @param what names the array in errors, e.g. "rows.npy"
   * @return this stream, checked to hold a 1-d array
   */
  public NpyStream require1d(String what) {
    if (shape.length != 1) {
      throw new UserInputException(
          name
              + ": expected a 1-d array ("
              + what
              + "), found shape "
              + NpyArray.shapeString(shape));
    }
    return this;
  }

  /**
   * Reads the next {@code dst.length} elements of an integer file.
   *
   * @param dst receives them (Output)
   */
  public void read(int[] dst) {
    if (!isInteger()) {
      throw new UserInputException(
          name + ": expected an integer array, found " + enc.type().descr());
    }
    fill(
        dst.length,
        (b, off, m) -> {
          switch (enc.kind()) {
            case I4 -> b.asIntBuffer().get(dst, off, m);
            case I8 -> {
              for (int i = 0; i < m; i++) {
                long v = b.getLong(8 * i);
                if (v != (int) v) {
                  throw new UserInputException(
                      name
                          + ": value "
                          + v
                          + " at index "
                          + (done + i)
                          + " does not fit in an int");
                }
                dst[off + i] = (int) v;
              }
            }
            default -> {
              for (int i = 0; i < m; i++) {
                dst[off + i] = Byte.toUnsignedInt(b.get(i));
              }
            }
          }
        });
  }

  /**
   * Reads the next {@code dst.length} elements of a floating file, rounded to float.
   *
   * @param dst receives them (Output)
   */
  public void read(float[] dst) {
    requireFloating();
    fill(
        dst.length,
        (b, off, m) -> {
          if (enc.kind() == NpyEncoding.Kind.F4) {
            b.asFloatBuffer().get(dst, off, m);
          } else {
            for (int i = 0; i < m; i++) {
              dst[off + i] = (float) b.getDouble(8 * i);
            }
          }
        });
  }

  /**
   * Reads the next {@code dst.length} elements of a floating file.
   *
   * @param dst receives them (Output)
   */
  public void read(double[] dst) {
    requireFloating();
    fill(
        dst.length,
        (b, off, m) -> {
          if (enc.kind() == NpyEncoding.Kind.F8) {
            b.asDoubleBuffer().get(dst, off, m);
          } else {
            for (int i = 0; i < m; i++) {
              dst[off + i] = b.getFloat(4 * i);
            }
          }
        });
  }

  private void requireFloating() {
    if (isInteger()) {
      throw new UserInputException(name + ": expected a float array, found " + enc.type().descr());
    }
  }

  /** Decodes m elements at the start of a filled buffer into the destination at off. */
  private interface Decoder {
    void decode(ByteBuffer b, int off, int m);
  }

  private void fill(int n, Decoder decoder) {
    if (done + n > count) {
      throw new IllegalArgumentException(
          name + ": asked for " + n + " elements, " + (count - done) + " left");
    }
    int size = enc.size();
    int per = BUFFER_BYTES / size;
    try {
      for (int off = 0; off < n; ) {
        int m = Math.min(per, n - off);
        buf.clear().limit(m * size);
        if (!NpyLayout.readFully(ch, buf)) {
          throw NpyLayout.truncated(name, count * size, done * size + buf.position());
        }
        buf.flip();
        decoder.decode(buf, off, m);
        off += m;
        done += m;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(name + ": cannot read: " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    closeQuietly(ch);
  }
}
