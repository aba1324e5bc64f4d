package dmf.cli;

import dmf.base.UserInputException;
import dmf.io.Json;
import dmf.io.store.ResultsDb;
import dmf.io.store.RunText;
import dmf.io.store.SweepComparison;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dmf results list|show|export}: read a sweep's results database. */
@Command(name = "results", description = "List, show or export stored results.")
final class ResultsCommand {
  private static final String DIR = "sweep folder or results.db";

  @Command(name = "list", description = "One line per run.")
  int list(@Parameters(paramLabel = "DIR", description = DIR) Path dir) {
    try (ResultsDb db = RunText.open(dir)) {
      RunText.table(db.runs()).forEach(System.out::println);
    }
    return 0;
  }

  @Command(name = "show", description = "Settings, summary and provenance of one run.")
  int show(
      @Parameters(paramLabel = "DIR", description = DIR) Path dir,
      @Parameters(paramLabel = "ID", description = "run id") String id) {
    try (ResultsDb db = RunText.open(dir)) {
      var run = db.run(id).orElseThrow(() -> new UserInputException("no run '" + id + "'"));
      System.out.print(Json.toJson(RunText.detail(run)));
    }
    return 0;
  }

  @Command(name = "export", description = "Write runs (or metric series) as CSV for pandas or R.")
  int export(
      @Parameters(paramLabel = "DIR", description = DIR) Path dir,
      @Option(names = "--csv", required = true, description = "output CSV file") Path csv,
      @Option(names = "--metrics", description = "export the metric time series instead of runs")
          boolean metrics) {
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

  @Command(
      name = "compare",
      description =
          "Check that two sweep folders hold the same runs with the same numbers, bit for bit"
              + " (wall-clock times aside); exit 1 if not.")
  int compare(
      @Parameters(index = "0", description = "a sweep folder") Path a,
      @Parameters(index = "1", description = "another sweep folder") Path b) {
    RunText.open(b).close();
    int runs;
    try (ResultsDb db = RunText.open(a)) {
      runs = db.runs().size();
    }
    List<String> diffs = SweepComparison.differences(a, b);
    if (diffs.isEmpty()) {
      System.out.println(
          "same: "
              + runs
              + " runs, equal settings, summaries, metric series and run files"
              + " (wall-clock seconds aside)");
      return 0;
    }
    System.out.println(diffs.size() + " difference(s):");
    diffs.stream().limit(20).forEach(d -> System.out.println("  " + d));
    return 1;
  }
}
