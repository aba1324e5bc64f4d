package dmf.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/** {@link NoOutput} fails printing tests, passes silent ones, and leaves the CLI's tests alone. */
class NoOutputTest {

  private static TestExecutionSummary run(Class<?> testClass) {
    return Launch.run(testClass);
  }

  private static String messages(TestExecutionSummary s) {
    return s.getFailures().stream()
        .map(f -> String.valueOf(f.getException().getMessage()))
        .collect(Collectors.joining(" | "));
  }

  @Test
  void aTestThatWritesToStdoutOrStderrFails() {
    TestExecutionSummary s = run(Printing.class);
    assertEquals(3, s.getTestsStartedCount());
    assertEquals(2, s.getTestsFailedCount(), messages(s));
    assertEquals(1, s.getTestsSucceededCount());
    assertTrue(messages(s).contains("library code must not print"), messages(s));
    assertTrue(messages(s).contains("to stdout"), messages(s));
    assertTrue(messages(s).contains("to stderr"), messages(s));
  }

  @Test
  void printingInClassSetUpFailsTheClass() {
    TestExecutionSummary s = run(PrintingSetUp.class);
    assertEquals(1, s.getTestsSucceededCount());
    assertEquals(1, s.getContainersFailedCount(), messages(s));
    assertTrue(messages(s).contains("class set-up or tear-down"), messages(s));
  }

  @Test
  void theStreamsAreRestoredAfterwards() {
    var out = System.out;
    var err = System.err;
    run(Printing.class);
    assertTrue(out == System.out && err == System.err);
  }

  @Test
  void appliesToEveryPackageButTheCommandLine() throws ClassNotFoundException {
    assertTrue(NoOutput.applies(NoOutputTest.class));
    assertTrue(NoOutput.applies(List.class));
    assertFalse(NoOutput.applies(Class.forName("dmf.cli.BadInputTest")));
  }

  /** Run only through {@link #run}: surefire skips nested classes. */
  static class Printing {
    @Test
    void printsToStdout() {
      System.out.println("hello to stdout");
    }

    @Test
    void printsToStderr() {
      System.err.print("hello to stderr");
    }

    @Test
    void staysSilent() {
      assertEquals(4, 2 + 2);
    }
  }

  /** Run only through {@link #run}. */
  static class PrintingSetUp {
    @BeforeAll
    static void setUp() {
      System.out.println("set-up output");
    }

    @Test
    void staysSilent() {
      assertEquals(4, 2 + 2);
    }
  }
}
