package dmf.theory;

import java.nio.file.Path;
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
}
