package dmf.io.npy;

import dmf.io.AtomicFiles;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Writes {@code .npy} files: format version 1.0 (2.0 only if the header would not fit),
 * little-endian, C order, the header padded so the data starts at a multiple of 64 bytes, as numpy
 * does; written whole ({@link AtomicFiles}).
 */
final class NpyWriter {
  private static final int ALIGN = 64;
  private static final int CHUNK_BYTES = 1 << 20;

  private NpyWriter() {}

  /** Encodes {@code count} elements starting at {@code from} into a little-endian buffer. */
  interface ChunkEncoder {
    void encode(ByteBuffer buf, int from, int count);
  }

  static void write(Path file, NpyType type, long[] shape, int length, ChunkEncoder encoder) {
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
    int prefixLength = NpyLayout.MAGIC.length + 2 + 2;
    int textLength = padded(prefixLength, dict.length());
    if (textLength > 0xFFFF) {
      major = 2;
      prefixLength += 2;
      textLength = padded(prefixLength, dict.length());
    }
    ByteBuffer buf = ByteBuffer.allocate(prefixLength + textLength).order(ByteOrder.LITTLE_ENDIAN);
    buf.put(NpyLayout.MAGIC).put((byte) major).put((byte) 0);
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
