package dmf.io.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dmf.base.UserInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PairsTest {
  @TempDir Path dir;

  Pairs read(String text) throws Exception {
    Path f = dir.resolve("p.csv");
    Files.writeString(f, text);
    return Pairs.read(f);
  }

  @Test
  void headerNamesOrFirstTwoColumns() throws Exception {
    Pairs a = read("rating,movieId,userId\n5,10,1\n3,\"x,y\",2\n");
    assertEquals(List.of("1", "2"), a.users());
    assertEquals(List.of("10", "x,y"), a.items());
    assertArrayEquals(new long[] {2, 3}, a.lines());
    Pairs b = read("1\t10\n2\t20\t4.5\n");
    assertEquals(List.of("10", "20"), b.items());
  }

  @Test
  void aMissingColumnIsNamedWithFileAndLine() throws Exception {
    Path f = dir.resolve("p.csv");
    UserInputException e =
        assertThrows(UserInputException.class, () -> read("userId,rating\n1,4\n"));
    assertEquals(f + ":1: no item column in the header [userId, rating]", e.getMessage());
    e = assertThrows(UserInputException.class, () -> read("1,10\n2\n"));
    assertEquals(f + ":2: expected the user and item columns (2 fields), found 1", e.getMessage());
    e = assertThrows(UserInputException.class, () -> read(""));
    assertEquals(f + ": no pairs", e.getMessage());
  }
}
