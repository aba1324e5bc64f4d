package dmf.paper;

import java.nio.file.Path;
import java.util.List;

/**
 * What a reproduction produced.
 *
 * @param name the reproduction's name
 * @param dir its result folder
 * @param report the report file
 * @param figures the figure files written (PNG, SVG and PDF of each figure)
 * @param claims the claims with their verdicts
 * @param runs stored runs of the sweep
 * @param executed runs executed in this invocation (0 when only redrawn)
 */
public record ReproductionResult(
    String name,
    Path dir,
    Path report,
    List<Path> figures,
    List<Claim> claims,
    int runs,
    int executed) {

  /** Copies the lists. */
  public ReproductionResult {
    figures = List.copyOf(figures);
    claims = List.copyOf(claims);
  }
}
