package dmf.paper;

import dmf.base.UserInputException;
import dmf.io.store.ResultsDb;
import dmf.io.store.RunRow;
import dmf.plot.Charts;
import dmf.plot.Panel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** One metric of any stored sweep against one setting, a curve per value of another. */
public final class SweepPlot {
  private SweepPlot() {}

  /**
   * Draws {@code dir/NAME.png}, {@code .svg} and {@code .pdf}: the median over repeats with its
   * range.
   *
   * @param dir a sweep folder holding results.db
   * @param x the setting on the x axis
   * @param y the summary metric on the y axis
   * @param by the setting whose values make the curves
   * @param logY a log y axis
   * @param name the file name without extension
   * @return the PNG written
   * @throws UserInputException if the folder has no database or no runs
   */
  public static Path draw(Path dir, String x, String y, String by, boolean logY, String name) {
    Path db = dir.resolve(ResultsDb.FILE_NAME);
    if (!Files.isRegularFile(db)) {
      throw new UserInputException(db + ": no results database");
    }
    List<RunRow> runs;
    try (ResultsDb d = ResultsDb.open(db)) {
      runs = d.runs();
    }
    if (runs.isEmpty()) {
      throw new UserInputException(dir + ": no stored runs");
    }
    Panel p =
        new Panel(
            y + " against " + x,
            x,
            y,
            false,
            logY,
            Aggregates.series(runs, r -> true, r -> by + " " + r.setting(by), x, y));
    Charts.write(Captions.figure(name, List.of(p), runs, ""), dir.resolve(name));
    return dir.resolve(name + ".png");
  }
}
