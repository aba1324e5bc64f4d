package dmf.cli;

import dmf.base.UserInputException;
import dmf.io.Json;
import dmf.io.OutputPaths;
import dmf.io.store.ResultsDb;
import dmf.io.store.RunRow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dmf results list|show|export}: read a sweep's results database. */
@Command(
    name = "results",
    description = "List, show or export stored results.",
    subcommands = {
      ResultsCommand.ListRuns.class,
      ResultsCommand.Show.class,
      ResultsCommand.Export.class
    })
final class ResultsCommand {
  /** Opens a sweep folder's (or a file's) results database for reading; nothing is written. */
  static ResultsDb open(Path dir) {
    return ResultsDb.openReadOnly(Files.isDirectory(dir) ? dir.resolve(ResultsDb.FILE_NAME) : dir);
  }

  @Command(name = "list", description = "One line per run.")
  static final class ListRuns implements Callable<Integer> {
    @Parameters(index = "0", description = "sweep folder or results.db")
    Path dir;

    @Override
    public Integer call() {
      try (ResultsDb db = open(dir)) {
        System.out.println(
            String.format(
                Locale.ROOT,
                "%-12s %-9s %-10s %-6s %-6s %-8s %12s %10s",
                "run",
                "status",
                "solver",
                "depth",
                "rank",
                "obs",
                "test_error",
                "stop"));
        for (RunRow r : db.runs()) {
          System.out.println(
              String.format(
                  Locale.ROOT,
                  "%-12s %-9s %-10s %-6s %-6s %-8s %12.4e %10s",
                  r.runId(),
                  r.status(),
                  r.settings().get("solver"),
                  r.settings().getOrDefault("depth", "-"),
                  r.settings().getOrDefault("rank", "-"),
                  r.settings()
                      .getOrDefault("observations", r.settings().getOrDefault("measurements", "-")),
                  r.summaryNumber("test_error"),
                  r.summary().get("stop_reason")));
        }
      }
      return 0;
    }
  }

  @Command(name = "show", description = "Settings, summary and provenance of one run.")
  static final class Show implements Callable<Integer> {
    @Parameters(index = "0", description = "sweep folder or results.db")
    Path dir;

    @Parameters(index = "1", description = "run id")
    String id;

    @Override
    public Integer call() {
      try (ResultsDb db = open(dir)) {
        RunRow r = db.run(id).orElseThrow(() -> new UserInputException("no run '" + id + "'"));
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("run_id", r.runId());
        m.put("status", r.status());
        m.put("settings", r.settings());
        m.put("summary", r.summary());
        m.put("provenance", r.provenance());
        System.out.print(Json.toJson(m));
      }
      return 0;
    }
  }

  @Command(name = "export", description = "Write runs (or metric series) as CSV for pandas or R.")
  static final class Export implements Callable<Integer> {
    @Parameters(index = "0", description = "sweep folder or results.db")
    Path dir;

    @Option(names = "--csv", required = true, description = "output CSV file")
    Path csv;

    @Option(names = "--metrics", description = "export the metric time series instead of runs")
    boolean metrics;

    @Override
    public Integer call() {
      OutputPaths.requireFile(csv, "--csv");
      try (ResultsDb db = open(dir)) {
        if (metrics) {
          db.exportMetricsCsv(csv, null);
        } else {
          db.exportCsv(csv, null);
        }
      }
      System.out.println("wrote " + csv);
      return 0;
    }
  }
}
