package dmf.io;

import dmf.base.UserInputException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads small text files that the user names (sweep specs, config files, JSON metadata) with one
 * line of error for every way they can be wrong: missing, a folder, a pipe or device (reading one
 * could wait forever), too large for a settings file, or not UTF-8. A UTF-8 byte-order mark is
 * dropped.
 */
public final class TextFiles {
  /** Larger files are refused: no settings file is this big. */
  public static final long MAX_BYTES = 16L << 20;

  private TextFiles() {}

  /**
   * @param file the file
   * @param what what the file should be, e.g. "sweep file", for messages
   * @return its text
   * @throws UserInputException naming the file when it cannot be read as text
   */
  public static String read(Path file, String what) {
    if (!Files.exists(file)) {
      throw new UserInputException(file + ": no such " + what);
    }
    if (Files.isDirectory(file)) {
      throw new UserInputException(file + ": is a folder, not a " + what);
    }
    if (!Files.isRegularFile(file)) {
      throw new UserInputException(file + ": not a regular file (a " + what + " must be one)");
    }
    byte[] bytes;
    try {
      if (Files.size(file) > MAX_BYTES) {
        throw new UserInputException(
            file + ": " + Files.size(file) + " bytes, too large for a " + what);
      }
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException ex) {
      throw new UserInputException(file + ": no such " + what);
    } catch (IOException ex) {
      throw new UserInputException(file + ": cannot read (" + AtomicFiles.reason(ex) + ")");
    }
    int start =
        bytes.length >= 3
                && (bytes[0] & 0xff) == 0xef
                && (bytes[1] & 0xff) == 0xbb
                && (bytes[2] & 0xff) == 0xbf
            ? 3
            : 0;
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, start, bytes.length - start))
          .toString();
    } catch (CharacterCodingException ex) {
      throw new UserInputException(file + ": not UTF-8 text (" + firstBad(bytes, start) + ")");
    }
  }

  /** Where the first byte that is not UTF-8 is, as "line L, byte B". */
  private static String firstBad(byte[] bytes, int start) {
    int line = 1;
    int lineStart = start;
    int i = start;
    while (i < bytes.length) {
      int b = bytes[i] & 0xff;
      int len = b < 0x80 ? 1 : b >= 0xf0 && b < 0xf5 ? 4 : b >= 0xe0 ? 3 : b >= 0xc2 ? 2 : 0;
      boolean ok = len > 0 && i + len <= bytes.length;
      for (int k = 1; ok && k < len; k++) {
        ok = (bytes[i + k] & 0xc0) == 0x80;
      }
      if (!ok) {
        return "line " + line + ", byte " + (i - lineStart + 1);
      }
      if (b == '\n') {
        line++;
        lineStart = i + 1;
      }
      i += len;
    }
    return "line " + line;
  }
}
