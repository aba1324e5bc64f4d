package dmf.cli;

import dmf.base.UserInputException;
import dmf.io.Json;
import dmf.io.OutputPaths;
import dmf.io.store.ResultsDb;
import dmf.io.store.RunText;
import dmf.io.store.SweepComparison;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dmf results list|show|export|compare}: read a sweep's results database. */
@Command(name = "results")
final class ResultsCommand {
  private static final String DIR = "sweep folder or results.db";

  @Command(name = "list")
  int list(@Parameters(paramLabel = "DIR", description = DIR) Path dir) {
    try (ResultsDb db = RunText.open(dir)) {
      RunText.table(db.runs()).forEach(System.out::println);
    }
    return 0;
  }

  @Command(name = "show")
  int show(
      @Parameters(paramLabel = "DIR", description = DIR) Path dir,
      @Parameters(paramLabel = "ID", description = "run id") String id) {
    try (ResultsDb db = RunText.open(dir)) {
      var run = db.run(id).orElseThrow(() -> new UserInputException("no run '" + id + "'"));
      System.out.print(Json.toJson(RunText.detail(run)));
    }
    return 0;
  }

  @Command(name = "export")
  int export(
      @Parameters(paramLabel = "DIR", description = DIR) Path dir,
      @Option(names = "--csv", required = true) Path csv,
      @Option(names = "--metrics") boolean metrics) {
    OutputPaths.requireFile(csv, "--csv");
    try (ResultsDb db = RunText.open(dir)) {
      if (metrics) {
        db.exportMetricsCsv(csv, null);
      } else {
        db.exportCsv(csv, null);
      }
    }
    System.out.println("wrote " + csv);
    return 0;
  }

  @Command(name = "compare")
  int compare(
      @Parameters(index = "0", description = "a sweep folder") Path a,
      @Parameters(index = "1", description = "another sweep folder") Path b) {
    List<String> lines = SweepComparison.report(a, b);
    lines.forEach(System.out::println);
    return lines.get(0).startsWith("same:") ? 0 : 1;
  }
}
