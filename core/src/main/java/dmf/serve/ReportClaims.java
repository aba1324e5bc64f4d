package dmf.serve;

import dmf.paper.Claim;
import dmf.paper.Verdict;
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
  static final Pattern ITEM =
      Pattern.compile(
          "^- (.*): \\*\\*(holds|fails|inconclusive|not measured)\\*\\*"
              + "(?: \\((.*?)\\))?(?:[.,] (.*?))?(?:\\. _Margin: (.*)\\._)?$");

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
        out.add(
            new Claim(
                m.group(1), verdict(m.group(2)), nz(m.group(4)), nz(m.group(5)), nz(m.group(3))));
      }
    }
    return out;
  }

  private static Verdict verdict(String text) {
    for (Verdict v : Verdict.values()) {
      if (v.toString().equals(text)) {
        return v;
      }
    }
    throw new IllegalArgumentException(text);
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
