package dmf.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dmf.base.UserInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RootsTest {
  @TempDir Path tmp;

  @Test
  void resolvesIdsUnderTheirRootAndRefusesEveryOtherSpelling() throws Exception {
    Path a = Files.createDirectories(tmp.resolve("a/sweep/runs/x"));
    Path b = Files.createDirectories(tmp.resolve("b"));
    Files.createDirectories(tmp.resolve("outside"));
    Files.createSymbolicLink(tmp.resolve("a/out"), tmp.resolve("outside"));
    Roots roots = new Roots(List.of(tmp.resolve("a"), b));
    Path ra = tmp.resolve("a").toRealPath();
    assertEquals(ra, roots.resolve("0"));
    assertEquals(a.toRealPath(), roots.resolve("0/sweep/runs/x"));
    assertEquals(ra.resolve("not/yet"), roots.resolve("0/not/yet"), "need not exist");
    assertEquals(b.toRealPath(), roots.resolve("1"));
    assertEquals("0/sweep/runs/x", roots.idOf(0, a.toRealPath()));
    for (String bad :
        List.of(
            "",
            "2",
            "-1",
            "x",
            "0/..",
            "0/../b",
            "0/sweep/../../b",
            "0//sweep",
            "0/./sweep",
            "0/sweep/",
            "/etc",
            "0/a\\..\\b",
            "0/a\u0000b",
            "0/c:x",
            "00000/x")) {
      assertThrows(UserInputException.class, () -> roots.resolve(bad), bad);
    }
    assertThrows(NotFoundException.class, () -> roots.resolve("0/out"), "a link out");
    assertThrows(NotFoundException.class, () -> roots.resolve("0/out/secret"), "below a link out");
    assertThrows(UserInputException.class, () -> new Roots(List.of(tmp.resolve("none"))));
    assertThrows(UserInputException.class, () -> new Roots(List.of()));
  }
}
