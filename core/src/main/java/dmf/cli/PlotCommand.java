package dmf.cli;

import dmf.base.UserInputException;
import dmf.io.store.ResultsDb;
import dmf.io.store.RunRow;
import dmf.paper.Aggregates;
import dmf.paper.Curve;
import dmf.paper.CurveFigures;
import dmf.paper.CurvePanel;
import dmf.paper.Reproduction;
import dmf.plot.Charts;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code dmf plot DIR}: redraws figures from stored results only, never retraining. For a
 * reproduction folder it redraws the paper figures and report; for any sweep, {@code --x}, {@code
 * --y} and {@code --by} draw one metric against one setting, a curve per value of another.
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
    List<RunRow> rows;
    try (ResultsDb db = ResultsCommand.open(dir)) {
      rows = db.runs();
    }
    if (rows.isEmpty()) {
      throw new UserInputException(dir + ": no stored runs");
    }
    if (x == null) {
      Set<String> sweeps = new LinkedHashSet<>();
      rows.forEach(r -> sweeps.add(r.sweep()));
      boolean any = false;
      for (String sweep : sweeps) {
        for (Reproduction rep : ReproduceCommand.all(ReproduceCommand.defaultRatings())) {
          for (boolean quick : new boolean[] {true, false}) {
            if (rep.sweep(quick).name().equals(sweep)) {
              ReproduceCommand.report(rep, rep.sweep(quick), dir, quick, 0);
              any = true;
            }
          }
        }
      }
      if (!any) {
        throw new UserInputException(
            dir
                + ": not a reproduction folder; give --x SETTING "
                + "(and --y METRIC, --by SETTING) to plot a sweep");
      }
      return 0;
    }
    List<Curve> curves = Aggregates.curves(rows, r -> true, r -> by + " " + r.setting(by), x, y);
    CurvePanel panel = new CurvePanel(y + " against " + x, x, y, false, logY, curves);
    Charts.write(CurveFigures.figure(name, List.of(panel)), dir.resolve(name));
    System.out.println("wrote " + dir.resolve(name + ".png") + " and .svg");
    return 0;
  }
}
