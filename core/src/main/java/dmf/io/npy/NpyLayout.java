package dmf.io.npy;

import dmf.base.UserInputException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * What an {@code .npy} header says: the parsed dictionary, the element encoding and the element
 * count; read and checked against the file's size before any data is read.
 */
record NpyLayout(NpyHeader header, NpyEncoding encoding, long count) {
  /** The magic string every {@code .npy} file starts with. */
  static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y'};

  private static final int MAX_HEADER_BYTES = 1 << 20;

  /** Reads and checks the header; leaves the channel at the first data byte. */
  static NpyLayout read(FileChannel ch, String name) throws IOException {
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
    NpyEncoding encoding = NpyEncoding.parse(header.descr(), name);
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
    return new NpyLayout(header, encoding, n);
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
}
