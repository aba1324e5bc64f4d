package dmf.theory;

import dmf.base.Printout;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What a theory check found.
 *
 * @param lines one line per measured case, for a terminal
 * @param holds whether every target of the check was met
 * @param report the report.md written
 */
public record TheoryResult(List<String> lines, boolean holds, Path report) {

  /** Copies the list. */
  public TheoryResult {
    lines = List.copyOf(lines);
  }

  /**
   * @return what a command shows: the lines, then where the report is
   */
  public Printout printout() {
    List<String> out = new ArrayList<>(lines);
    out.add("report: " + report);
    return Printout.of(out);
  }
}
