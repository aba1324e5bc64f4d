package dmf.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dmf.base.UserInputException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextFilesTest {
  @TempDir Path dir;

  String error(Path f) {
    return assertThrows(UserInputException.class, () -> TextFiles.read(f, "spec")).getMessage();
  }

  @Test
  void dropsAByteOrderMark() throws Exception {
    Path f = dir.resolve("bom.toml");
    Files.write(f, "\ufeffa = 1\n".getBytes(StandardCharsets.UTF_8));
    assertEquals("a = 1\n", TextFiles.read(f, "spec"));
  }

  @Test
  void namesTheFirstByteThatIsNotUtf8() throws Exception {
    Path f = dir.resolve("latin1.toml");
    Files.write(f, "a = 1\nb = \"caf\u00e9\"\n".getBytes(StandardCharsets.ISO_8859_1));
    assertEquals(f + ": not UTF-8 text (line 2, byte 9)", error(f));
    Files.write(f, new byte[] {'x', (byte) 0xc3});
    assertEquals(f + ": not UTF-8 text (line 1, byte 2)", error(f));
  }

  @Test
  void refusesWhatIsNotASmallRegularFile() throws Exception {
    assertEquals(dir.resolve("no") + ": no such spec", error(dir.resolve("no")));
    assertEquals(dir + ": is a folder, not a spec", error(dir));
    assertEquals("/dev/null: not a regular file (a spec must be one)", error(Path.of("/dev/null")));
    Path big = dir.resolve("big");
    try (RandomAccessFile r = new RandomAccessFile(big.toFile(), "rw")) {
      r.setLength(TextFiles.MAX_BYTES + 1); // sparse: nothing is written
    }
    assertEquals(
        big + ": " + (TextFiles.MAX_BYTES + 1) + " bytes, too large for a spec", error(big));
  }
}
