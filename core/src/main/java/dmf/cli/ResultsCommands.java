package dmf.cli;

import dmf.io.store.RunText;
import dmf.io.store.SweepComparison;
import dmf.paper.SweepPlot;
import dmf.serve.DashboardServer;
import dmf.serve.ServeOptions;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Stored results: {@code dmf results list|show|export|compare}, {@code dmf plot}, {@code serve}.
 */
final class ResultsCommands {
  private static final String DIR = "sweep folder or results.db";

  private ResultsCommands() {}

  /** {@code dmf results} itself: it needs one of list, show, export, compare. */
  @Command(name = "results")
  static final class Group {}

  @Command(name = "list")
  static int list(@Parameters(paramLabel = "DIR", description = DIR) Path dir) {
    RunText.list(dir).forEach(System.out::println);
    return 0;
  }

  @Command(name = "show")
  static int show(
      @Parameters(paramLabel = "DIR", description = DIR) Path dir,
      @Parameters(paramLabel = "ID", description = "run id") String id) {
    System.out.print(RunText.show(dir, id));
    return 0;
  }

  @Command(name = "export")
  static int export(
      @Parameters(paramLabel = "DIR", description = DIR) Path dir,
      @Option(names = "--csv", required = true) Path csv,
      @Option(names = "--metrics") boolean metrics) {
    System.out.println(RunText.export(dir, csv, metrics));
    return 0;
  }

  @Command(name = "compare")
  static int compare(
      @Parameters(index = "0", description = "a sweep folder") Path a,
      @Parameters(index = "1", description = "another sweep folder") Path b) {
    List<String> lines = SweepComparison.report(a, b);
    lines.forEach(System.out::println);
    return SweepComparison.same(lines) ? 0 : 1;
  }

  /**
   * {@code dmf plot DIR}: redraws figures from stored results only, never retraining: the paper
   * figures and report of a reproduction folder, or with {@code --x} one metric of any sweep.
   */
  @Command(name = "plot", sortOptions = false)
  static int plot(
      @Parameters(index = "0", description = "sweep or reproduction folder (holding results.db)")
          Path dir,
      @Option(names = "--x") String x,
      @Option(names = "--y", defaultValue = "test_error") String y,
      @Option(names = "--by", defaultValue = "depth") String by,
      @Option(names = "--log-y") boolean logY,
      @Option(names = "--name", defaultValue = "plot") String name) {
    SweepPlot.plot(dir, x, y, by, logY, name).forEach(System.out::println);
    return 0;
  }

  /** {@code dmf serve [DIR…]}: the live web dashboard over results folders. */
  @Command(name = "serve", sortOptions = false)
  static int serve(
      @Parameters(arity = "0..*", paramLabel = "DIR", descriptionKey = "dmf.serve.dirs")
          List<Path> dirs,
      @Option(names = "--port", defaultValue = "" + ServeOptions.DEFAULT_PORT) int port,
      @Option(names = "--host", defaultValue = ServeOptions.LOCALHOST) String host,
      @Option(names = "--read-only") boolean readOnly)
      throws IOException, InterruptedException {
    DashboardServer.serve(
        dirs,
        host,
        port,
        readOnly,
        line -> {
          System.out.println(line);
          System.out.flush();
        });
    return 0;
  }
}
