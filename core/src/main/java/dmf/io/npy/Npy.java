package dmf.io.npy;

import dmf.base.UserInputException;
import dmf.io.AtomicFiles;
import dmf.linalg.Mat;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;

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
  private static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y'};
  private static final int ALIGN = 64;
  private static final int CHUNK_BYTES = 1 << 20;
  private static final int MAX_HEADER_BYTES = 1 << 20;

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
    Layout layout = layout(ch, name);
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

  /** What a header says: the parsed dictionary, the element encoding and the element count. */
  record Layout(NpyHeader header, Encoding encoding, long count) {}

  /** Reads and checks the header; leaves the channel at the first data byte. */
  static Layout layout(FileChannel ch, String name) throws IOException {
    ByteBuffer prefix = ByteBuffer.allocate(MAGIC.length + 2);
    boolean complete = readFully(ch, prefix);
    if (prefix.position() < MAGIC.length
        || !prefix.slice(0, MAGIC.length).equals(ByteBuffer.wrap(MAGIC))) {
      throw new UserInputException(name + ": not an npy file (bad magic)");
    }
    if (!complete) {
      throw new UserInputException(name + ": truncated npy header");
    }
    int major = prefix.get(MAGIC.length);
    int minor = prefix.get(MAGIC.length + 1);
    if (major < 1 || major > 3 || minor != 0) {
      throw new UserInputException(
          name + ": unsupported npy format version " + major + "." + minor);
    }
    ByteBuffer lengthField = ByteBuffer.allocate(major == 1 ? 2 : 4).order(ByteOrder.LITTLE_ENDIAN);
    if (!readFully(ch, lengthField)) {
      throw new UserInputException(name + ": truncated npy header");
    }
    long headerLength =
        major == 1
            ? Short.toUnsignedInt(lengthField.getShort(0))
            : Integer.toUnsignedLong(lengthField.getInt(0));
    if (headerLength > MAX_HEADER_BYTES) {
      throw new UserInputException(name + ": malformed header: length " + headerLength);
    }
    ByteBuffer headerBytes = ByteBuffer.allocate((int) headerLength);
    if (!readFully(ch, headerBytes)) {
      throw new UserInputException(name + ": truncated npy header");
    }
    Charset charset = major == 3 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1;
    NpyHeader header = parseHeader(new String(headerBytes.array(), charset), name);
    Encoding encoding = Encoding.parse(header.descr(), name);
    long n = 1;
    for (long d : header.shape()) {
      if (d < 0 || (d > 0 && n > Long.MAX_VALUE / 16 / d)) {
        throw new UserInputException(
            name + ": array of shape " + NpyArray.shapeString(header.shape()) + " is too large");
      }
      n *= d;
    }
    long needed = n * encoding.size();
    long available = ch.size() - ch.position();
    if (available < needed) {
      throw truncated(name, needed, available);
    }
    return new Layout(header, encoding, n);
  }

  private static NpyHeader parseHeader(String text, String name) {
    try {
      return NpyHeader.parse(text);
    } catch (NpyHeader.MalformedException e) {
      throw new UserInputException(name + ": malformed npy header: " + e.getMessage());
    } catch (NpyHeader.StructuredDtypeException e) {
      throw new UserInputException(
          name + ": unsupported dtype: structured arrays are not " + "supported");
    }
  }

  private static NpyArray readData(FileChannel ch, String name, Encoding enc, long[] shape, int n)
      throws IOException {
    double[] doubles = enc.type().isInteger() ? null : new double[n];
    long[] longs = enc.type().isInteger() ? new long[n] : null;
    int perChunk = CHUNK_BYTES / enc.size();
    ByteBuffer buf = ByteBuffer.allocateDirect(perChunk * enc.size()).order(enc.order);
    float[] floats = enc.kind == Kind.F4 ? new float[perChunk] : null;
    int[] ints = enc.kind == Kind.I4 ? new int[perChunk] : null;
    for (int done = 0; done < n; ) {
      int m = Math.min(perChunk, n - done);
      buf.clear().limit(m * enc.size());
      if (!readFully(ch, buf)) {
        throw truncated(name, (long) n * enc.size(), (long) done * enc.size() + buf.position());
      }
      buf.flip();
      switch (enc.kind) {
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
        default -> throw new AssertionError(enc.kind);
      }
      done += m;
    }
    return new NpyArray(shape, enc.type(), doubles, longs);
  }

  /** Reads until {@code buf} is full or the channel ends; returns whether it is full. */
  static boolean readFully(FileChannel ch, ByteBuffer buf) throws IOException {
    while (buf.hasRemaining()) {
      if (ch.read(buf) < 0) {
        return false;
      }
    }
    return true;
  }

  static UserInputException truncated(String name, long needed, long found) {
    return new UserInputException(
        name + ": truncated data: expected " + needed + " bytes after the header, found " + found);
  }

  /** The raw element layouts dmf can read, with the in-memory type each becomes. */
  enum Kind {
    F4(NpyType.FLOAT32, 4),
    F8(NpyType.FLOAT64, 8),
    I4(NpyType.INT32, 4),
    I8(NpyType.INT64, 8),
    U1(NpyType.INT32, 1),
    B1(NpyType.INT32, 1);

    final NpyType type;
    final int size;

    Kind(NpyType type, int size) {
      this.type = type;
      this.size = size;
    }
  }

  /** A parsed dtype descriptor such as {@code >f8}: element layout and byte order. */
  record Encoding(Kind kind, ByteOrder order) {
    static Encoding parse(String descr, String name) {
      if (descr.length() == 3) {
        char order = descr.charAt(0);
        String code = descr.substring(1);
        for (Kind kind : Kind.values()) {
          boolean orderOk = order == '<' || order == '>' || (order == '|' && kind.size == 1);
          if (kind.name().toLowerCase(Locale.ROOT).equals(code) && orderOk) {
            return new Encoding(
                kind, order == '>' ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN);
          }
        }
      }
      throw new UserInputException(
          name
              + ": unsupported dtype '"
              + descr
              + "' (supported: f4, f8, i4, i8 in either byte order, b1, u1)");
    }

    NpyType type() {
      return kind.type;
    }

    int size() {
      return kind.size;
    }
  }

  /** Reorders Fortran (column-major) data into C (row-major) order. */
  private static final class FortranOrder {
    private FortranOrder() {}

    /** Moves element {@code from} of the source to position {@code to} of the destination. */
    private interface Mover {
      void move(int to, int from);
    }

    static NpyArray toC(NpyArray f) {
      long[] shape = f.shape();
      if (shape.length < 2) {
        return f;
      }
      if (f.isInteger()) {
        long[] src = f.longs();
        long[] dst = new long[src.length];
        permute(shape, (to, from) -> dst[to] = src[from]);
        return new NpyArray(shape, f.type(), null, dst);
      }
      double[] src = f.doubles();
      double[] dst = new double[src.length];
      permute(shape, (to, from) -> dst[to] = src[from]);
      return new NpyArray(shape, f.type(), dst, null);
    }

    /** Walks C order with an odometer, tracking the matching Fortran-order offset. */
    private static void permute(long[] shape, Mover mover) {
      int k = shape.length;
      int n = NpyArray.elementCount(shape);
      if (n == 0) {
        return;
      }
      int[] dims = new int[k];
      int[] stride = new int[k];
      int s = 1;
      for (int j = 0; j < k; j++) {
        dims[j] = (int) shape[j];
        stride[j] = s;
        s *= dims[j];
      }
      int[] index = new int[k];
      int from = 0;
      for (int to = 0; to < n; to++) {
        mover.move(to, from);
        for (int j = k - 1; j >= 0; j--) {
          if (++index[j] < dims[j]) {
            from += stride[j];
            break;
          }
          index[j] = 0;
          from -= (dims[j] - 1) * stride[j];
        }
      }
    }
  }

  // ---------------------------------------------------------------- writing

  /** Encodes {@code count} elements starting at {@code from} into a little-endian buffer. */
  private interface ChunkEncoder {
    void encode(ByteBuffer buf, int from, int count);
  }

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
    write(
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
    write(
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
    write(
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
    write(
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
    write(
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

  private static void write(
      Path file, NpyType type, long[] shape, int length, ChunkEncoder encoder) {
    int n = NpyArray.elementCount(shape);
    if (n != length) {
      throw new IllegalArgumentException(
          file
              + ": shape "
              + NpyArray.shapeString(shape)
              + " needs "
              + n
              + " values, got "
              + length);
    }
    byte[] header = headerBytes(type, shape);
    AtomicFiles.write(
        file,
        out -> {
          out.write(header);
          writeData(out, type.itemSize(), n, encoder);
        });
  }

  private static void writeData(OutputStream out, int itemSize, int n, ChunkEncoder encoder)
      throws IOException {
    int perChunk = CHUNK_BYTES / itemSize;
    ByteBuffer buf = ByteBuffer.allocate(perChunk * itemSize).order(ByteOrder.LITTLE_ENDIAN);
    for (int done = 0; done < n; done += perChunk) {
      int m = Math.min(perChunk, n - done);
      encoder.encode(buf.clear(), done, m);
      out.write(buf.array(), 0, m * itemSize);
    }
  }

  /** Magic, version, header length and the space-padded, newline-terminated dictionary. */
  static byte[] headerBytes(NpyType type, long[] shape) {
    String dict = new NpyHeader(type.descr(), false, shape).format();
    int major = 1;
    int prefixLength = MAGIC.length + 2 + 2;
    int textLength = padded(prefixLength, dict.length());
    if (textLength > 0xFFFF) {
      major = 2;
      prefixLength += 2;
      textLength = padded(prefixLength, dict.length());
    }
    ByteBuffer buf = ByteBuffer.allocate(prefixLength + textLength).order(ByteOrder.LITTLE_ENDIAN);
    buf.put(MAGIC).put((byte) major).put((byte) 0);
    if (major == 1) {
      buf.putShort((short) textLength);
    } else {
      buf.putInt(textLength);
    }
    buf.put(dict.getBytes(StandardCharsets.ISO_8859_1));
    while (buf.remaining() > 1) {
      buf.put((byte) ' ');
    }
    buf.put((byte) '\n');
    return buf.array();
  }

  /** Length of the dictionary plus padding and newline so the data starts 64-byte aligned. */
  private static int padded(int prefixLength, int dictLength) {
    int unpadded = prefixLength + dictLength + 1;
    return dictLength + 1 + (ALIGN - unpadded % ALIGN) % ALIGN;
  }
}
