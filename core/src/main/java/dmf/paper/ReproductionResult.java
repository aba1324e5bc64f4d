package dmf.paper;

import dmf.experiment.SweepRunner;
import java.nio.file.Path;
import java.util.ArrayList;
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
 * @param sweep what the sweep did in this invocation: runs executed and failures (none when only
 *     redrawn)
 */
public record ReproductionResult(
    String name,
    Path dir,
    Path report,
    List<Path> figures,
    List<Claim> claims,
    int runs,
    SweepRunner.Result sweep) {

  /** Copies the lists. */
  public ReproductionResult {
    figures = List.copyOf(figures);
    claims = List.copyOf(claims);
  }

  /**
   * @return runs executed in this invocation
   */
  public int executed() {
    return sweep.executed();
  }

  /**
   * @return the claims, one line each under "claims:", then where the report is
   */
  public List<String> claimLines() {
    List<String> lines = new ArrayList<>();
    lines.add("claims:");
    claims.forEach(c -> lines.add("  " + c.line()));
    lines.add("report: " + report);
    return lines;
  }
}
