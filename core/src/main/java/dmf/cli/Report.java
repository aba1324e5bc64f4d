package dmf.cli;

import dmf.io.store.RunText;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;

/** Prints the short lines about a finished run. */
final class Report {
  private Report() {}

  static void summary(PrintStream out, Map<String, Object> s, Path folder) {
    out.println(RunText.summaryLine(s));
    out.println("results: " + folder);
  }
}
