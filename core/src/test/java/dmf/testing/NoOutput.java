package dmf.testing;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Fails any library test that writes to {@code System.out} or {@code System.err}: library code
 * never prints (it reports through observers), and a test that prints hides that it does.
 *
 * <p>Registered for every test of the build through JUnit's extension auto-detection ({@code
 * junit-platform.properties} and {@code META-INF/services} in the test resources), so new tests are
 * covered without opting in. Tests of {@code dmf.cli} are exempt: the command line's job is to
 * print, and its tests capture that output themselves.
 *
 * <p>Each test method runs with both streams redirected to a buffer, from before its
 * {@code @BeforeEach} methods to after its {@code @AfterEach} methods; class-level set-up and
 * tear-down ({@code @BeforeAll}, {@code @AfterAll}, static initializers run then) are guarded the
 * same way. Output from other threads in that window counts too. Native code writing to the file
 * descriptors directly is not seen.
 */
public final class NoOutput
    implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback {
  private static final ExtensionContext.Namespace NS =
      ExtensionContext.Namespace.create(NoOutput.class);
  private static final int SHOWN = 300;

  /**
   * @param testClass a test class
   * @return whether its tests must not print: all but those of {@code dmf.cli} and benchmarks
   *     (classes tagged "benchmark", whose job is to print their measurements)
   */
  public static boolean applies(Class<?> testClass) {
    String pkg = testClass.getPackageName();
    boolean benchmark =
        AnnotationSupport.findRepeatableAnnotations(testClass, Tag.class).stream()
            .anyMatch(t -> t.value().equals("benchmark"));
    return !(benchmark || pkg.equals("dmf.cli") || pkg.startsWith("dmf.cli."));
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    start(context);
  }

  @Override
  public void afterAll(ExtensionContext context) {
    finish(context, "class set-up or tear-down");
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    start(context);
  }

  @Override
  public void afterEach(ExtensionContext context) {
    finish(context, "test");
  }

  private static void start(ExtensionContext context) {
    if (context.getTestClass().map(NoOutput::applies).orElse(false)) {
      Capture c = new Capture();
      context.getStore(NS).put(Capture.class, c);
      c.install();
    }
  }

  private static void finish(ExtensionContext context, String what) {
    Capture c = context.getStore(NS).remove(Capture.class, Capture.class);
    if (c == null) {
      return;
    }
    String out = c.restore();
    if (!out.isEmpty()) {
      throw new AssertionError(
          what
              + " wrote "
              + out.length()
              + " characters to System.out/System.err (library code must not print): "
              + (out.length() > SHOWN ? out.substring(0, SHOWN) + "…" : out));
    }
  }

  /** Both standard streams redirected to one buffer; restores the streams it replaced. */
  private static final class Capture {
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    private final PrintStream sink = new PrintStream(buffer, true, StandardCharsets.UTF_8);
    private PrintStream out;
    private PrintStream err;

    void install() {
      out = System.out;
      err = System.err;
      System.setOut(sink);
      System.setErr(sink);
    }

    String restore() {
      sink.flush();
      System.setOut(out);
      System.setErr(err);
      return buffer.toString(StandardCharsets.UTF_8);
    }
  }
}
