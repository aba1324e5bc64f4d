package dmf.theory;

import dmf.io.AtomicFiles;
import dmf.io.provenance.Provenance;
import java.nio.file.Path;
import java.util.List;

/** Shared by the theory reports: the result folder and the closing provenance line. */
final class TheoryReports {
  private TheoryReports() {}

  /**
   * @param out the folder asked for, or null for results/theory-NAME
   * @param name the check's name
   * @return the folder, created
   */
  static Path dir(Path out, String name) {
    Path d = out != null ? out : Path.of("results", "theory-" + name);
    AtomicFiles.createDirectories(d);
    return d;
  }

  /**
   * Writes report.md with the provenance line at its end.
   *
   * @param dir the folder
   * @param markdown the report without its footer
   * @param lines the terminal lines
   * @param holds whether the targets were met
   * @return the result
   */
  static TheoryResult finish(Path dir, StringBuilder markdown, List<String> lines, boolean holds) {
    markdown.append("\n_").append(Provenance.line()).append("._\n");
    Path report = dir.resolve("report.md");
    AtomicFiles.writeString(report, markdown.toString());
    return new TheoryResult(lines, holds, report);
  }

  static String verdict(boolean holds) {
    return holds ? "holds" : "fails";
  }
}
