package dmf.io.data;

import dmf.base.UserInputException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the one-dimensional little-endian {@code .npy} columns of a ratings cache straight into
 * primitive arrays (one copy, no widening), for loads near disk speed. Anything other than the
 * expected dtype and a 1-D shape of the expected length is refused, so a stale or foreign file
 * makes the cache rebuild rather than mislead.
 */
final class NpyColumns {
  private static final Pattern HEADER =
      Pattern.compile(
          "\\{'descr': '([<>|][a-z][0-9])', 'fortran_order': False, 'shape': \\((\\d+),\\), \\}");
  private static final int CHUNK = 1 << 22;

  private NpyColumns() {}

  /** Copies {@code count} elements from a little-endian buffer into the array at {@code at}. */
  private interface Sink {
    void take(ByteBuffer buf, int at, int count);
  }

  static int[] ints(Path f, int n) throws IOException {
    int[] out = new int[n];
    read(f, "<i4", n, 4, (buf, at, m) -> buf.asIntBuffer().get(out, at, m));
    return out;
  }

  static float[] floats(Path f, int n) throws IOException {
    float[] out = new float[n];
    read(f, "<f4", n, 4, (buf, at, m) -> buf.asFloatBuffer().get(out, at, m));
    return out;
  }

  static long[] longs(Path f, int n) throws IOException {
    long[] out = new long[n];
    read(f, "<i8", n, 8, (buf, at, m) -> buf.asLongBuffer().get(out, at, m));
    return out;
  }

  private static void read(Path f, String descr, int n, int size, Sink sink) throws IOException {
    try (FileChannel ch = open(f, descr, n)) {
      ByteBuffer buf = ByteBuffer.allocateDirect(CHUNK).order(ByteOrder.LITTLE_ENDIAN);
      for (int done = 0; done < n; ) {
        int m = fill(ch, buf, Math.min(CHUNK / size, n - done) * size, f) / size;
        sink.take(buf, done, m);
        done += m;
      }
    }
  }

  private static FileChannel open(Path f, String descr, int n) throws IOException {
    FileChannel ch = FileChannel.open(f, StandardOpenOption.READ);
    try {
      ByteBuffer pre = ByteBuffer.allocate(10).order(ByteOrder.LITTLE_ENDIAN);
      fill(ch, pre, 10, f);
      if (pre.get(0) != (byte) 0x93 || pre.get(1) != 'N' || pre.get(6) != 1) {
        throw new UserInputException(f + ": not an npy 1.0 file");
      }
      int len = Short.toUnsignedInt(pre.getShort(8));
      ByteBuffer h = ByteBuffer.allocate(len);
      fill(ch, h, len, f);
      Matcher m = HEADER.matcher(new String(h.array(), StandardCharsets.ISO_8859_1).trim());
      if (!m.matches() || !m.group(1).equals(descr) || Long.parseLong(m.group(2)) != n) {
        throw new UserInputException(f + ": not a " + descr + " column of " + n + " values");
      }
      return ch;
    } catch (IOException | RuntimeException ex) {
      ch.close();
      throw ex;
    }
  }

  private static int fill(FileChannel ch, ByteBuffer buf, int bytes, Path f) throws IOException {
    buf.clear().limit(bytes);
    while (buf.hasRemaining()) {
      if (ch.read(buf) < 0) {
        throw new UserInputException(f + ": truncated");
      }
    }
    buf.flip();
    return bytes;
  }
}
