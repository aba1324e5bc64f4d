package dmf.cli;

import dmf.paper.ReproductionRunner;
import dmf.paper.Reproductions;
import dmf.paper.SweepPlot;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code dmf plot DIR}: redraws figures from stored results only, never retraining: the paper
 * figures and report of a reproduction folder, or with {@code --x} one metric of any sweep.
 */
@Command(name = "plot", sortOptions = false)
final class PlotCommand implements Callable<Integer> {
  @Parameters(index = "0", description = "sweep or reproduction folder (holding results.db)")
  Path dir;

  @Option(names = "--x")
  String x;

  @Option(names = "--y", defaultValue = "test_error")
  String y;

  @Option(names = "--by", defaultValue = "depth")
  String by;

  @Option(names = "--log-y")
  boolean logY;

  @Option(names = "--name", defaultValue = "plot")
  String name;

  @Override
  public Integer call() {
    if (x == null) {
      ReproductionRunner.redrawFolder(dir, Reproductions.defaultRatings())
          .forEach(r -> r.claimLines().forEach(System.out::println));
    } else {
      System.out.println("wrote " + SweepPlot.draw(dir, x, y, by, logY, name) + ", .svg and .pdf");
    }
    return 0;
  }
}
