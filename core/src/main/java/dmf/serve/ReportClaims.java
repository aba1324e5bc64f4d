package dmf.serve;

import dmf.paper.Claim;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The claim verdicts of a reproduction's report.md: the list items under its "## Claims" heading,
 * written by {@link Claim#markdown} as {@code - statement: **verdict**, evidence}.
 */
final class ReportClaims {
  private static final Pattern ITEM = Pattern.compile("^- (.*): \\*\\*([^*]+)\\*\\*, ?(.*)$");

  private ReportClaims() {}

  /**
   * @param report a report.md
   * @return its claims in order; empty when the file or the section is missing
   */
  static List<Claim> read(Path report) {
    List<String> lines;
    try {
      lines = Files.readAllLines(report);
    } catch (IOException e) {
      return List.of();
    }
    return parse(lines);
  }

  /**
   * @param lines the lines of a report
   * @return the claims of its "## Claims" section
   */
  static List<Claim> parse(List<String> lines) {
    List<Claim> out = new ArrayList<>();
    boolean inClaims = false;
    for (String line : lines) {
      if (line.startsWith("#")) {
        inClaims = line.trim().equalsIgnoreCase("## Claims");
        continue;
      }
      Matcher m = ITEM.matcher(line);
      if (inClaims && m.matches()) {
        out.add(new Claim(m.group(1), m.group(2), m.group(3)));
      }
    }
    return out;
  }
}
