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
@Command(
    name = "plot",
    sortOptions = false,
    description = "Redraw figures from a results folder (no training).")
final class PlotCommand implements Callable<Integer> {
  @Parameters(index = "0", description = "sweep or reproduction folder (holding results.db)")
  Path dir;

  @Option(names = "--x", description = "setting on the x axis (generic plot)")
  String x;

  @Option(names = "--y", defaultValue = "test_error", description = "summary metric (generic plot)")
  String y;

  @Option(names = "--by", defaultValue = "depth", description = "setting that makes the curves")
  String by;

  @Option(names = "--log-y", description = "log y axis")
  boolean logY;

  @Option(names = "--name", defaultValue = "plot", description = "output file name (no extension)")
  String name;

  @Override
  public Integer call() {
    if (x == null) {
      ReproductionRunner.redrawFolder(dir, Reproductions.defaultRatings())
          .forEach(ReproduceCommand::print);
    } else {
      System.out.println("wrote " + SweepPlot.draw(dir, x, y, by, logY, name) + ", .svg and .pdf");
    }
    return 0;
  }
}
