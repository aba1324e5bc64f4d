package dmf.testing;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.Map;
import java.util.TreeMap;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * Runs a test class from inside a test, to show that a check fails when it should. The classes run
 * this way are nested in the test that runs them, which surefire does not pick up by itself.
 */
public final class Launch {
  private Launch() {}

  /**
   * @param testClass the class to run
   * @return the summary of its run
   */
  public static TestExecutionSummary run(Class<?> testClass) {
    SummaryGeneratingListener listener = new SummaryGeneratingListener();
    LauncherFactory.create()
        .execute(
            LauncherDiscoveryRequestBuilder.request().selectors(selectClass(testClass)).build(),
            listener);
    return listener.getSummary();
  }

  /**
   * @param s a summary
   * @return test method name → message of its failure, for every failed test method
   */
  public static Map<String, String> failures(TestExecutionSummary s) {
    Map<String, String> out = new TreeMap<>();
    for (TestExecutionSummary.Failure f : s.getFailures()) {
      String name =
          f.getTestIdentifier()
              .getSource()
              .filter(MethodSource.class::isInstance)
              .map(m -> ((MethodSource) m).getMethodName())
              .orElse(f.getTestIdentifier().getDisplayName());
      out.merge(name, String.valueOf(f.getException().getMessage()), (a, b) -> a + " | " + b);
    }
    return out;
  }
}
