package dmf.cli;

import dmf.base.UserInputException;
import dmf.experiment.SweepRunner;
import dmf.experiment.SweepStatus;
import dmf.paper.Reproduction;
import dmf.paper.ReproductionResult;
import dmf.paper.ReproductionRunner;
import dmf.paper.Reproductions;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dmf reproduce NAME [--quick|--full] [--out DIR]}: sweep, figures and report.md. */
@Command(name = "reproduce", sortOptions = false)
final class ReproduceCommand implements Callable<Integer> {
  @Parameters(index = "0", descriptionKey = "dmf.reproduce.name")
  String name;

  @Option(names = "--quick")
  boolean quick;

  @Option(names = "--full")
  boolean full;

  @Option(names = "--out")
  Path out;

  @Option(names = "--workers")
  Integer workers;

  @Option(names = "--plot-only")
  boolean plotOnly;

  @Option(names = "--ratings")
  Path ratings;

  @Override
  public Integer call() {
    if (quick && full) {
      throw new UserInputException("choose one of --quick and --full");
    }
    Reproduction rep =
        Reproductions.find(name, ratings != null ? ratings : Reproductions.defaultRatings());
    Path dir = out != null ? out : Path.of("results", rep.folder());
    if (plotOnly) {
      ReproductionRunner.redraw(rep, !full, dir).claimLines().forEach(System.out::println);
      return 0;
    }
    String label = "reproduce " + name + (full ? " --full" : " --quick");
    StatusLine status = new StatusLine();
    int w = workers != null ? workers : Runtime.getRuntime().availableProcessors();
    ReproductionResult r =
        ReproductionRunner.run(rep, !full, dir, w, new SweepStatus(status, label));
    status.finish();
    System.out.println(SweepRunner.summaryLine(label, r.runs(), r.executed(), dir));
    r.claimLines().forEach(System.out::println);
    return SweepCommand.exitCode(r.sweep(), null);
  }
}
