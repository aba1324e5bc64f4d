package dmf.ratings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dmf.base.UserInputException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** What dmf recommend refuses before it reads the model (the rest: RatingsCommandsTest). */
class RecommendationsLinesTest {
  static final Path NOWHERE = Path.of("no-such-model-folder");

  @Test
  void oneOfAUserAndEveryUserAFileForEveryUserAndAtLeastOneItem() {
    assertMessage(
        "give --user ID or --all-users, one of them",
        () -> Recommendations.lines(NOWHERE, null, false, 10, true, null));
    assertMessage(
        "give --user ID or --all-users, one of them",
        () -> Recommendations.lines(NOWHERE, "1", true, 10, true, Path.of("o.csv")));
    assertMessage(
        "--all-users needs --out FILE",
        () -> Recommendations.lines(NOWHERE, null, true, 10, true, null));
    assertMessage(
        "--top must be at least 1, got 0",
        () -> Recommendations.lines(NOWHERE, "1", false, 0, true, null));
  }

  private static void assertMessage(String expected, Executable e) {
    assertEquals(expected, assertThrows(UserInputException.class, e).getMessage());
  }
}
