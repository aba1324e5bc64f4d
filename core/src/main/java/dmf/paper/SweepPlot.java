package dmf.paper;

import dmf.base.UserInputException;
import dmf.io.store.ResultsDb;
import dmf.io.store.RunRow;
import dmf.plot.Charts;
import dmf.plot.Panel;
import dmf.settings.Setting;
import dmf.settings.Settings;
import dmf.settings.SettingsTable;
import dmf.settings.Suggest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/** One metric of any stored sweep against one setting, a curve per value of another. */
public final class SweepPlot {
  /** The folder. */
  public static final Setting<Path> DIR =
      Setting.ofPath("dir", "sweep or reproduction folder (holding results.db)").required();

  /** The x axis. */
  public static final Setting<String> X =
      Setting.ofText("x", "", "setting on the x axis (generic plot)").withDefault(null);

  /** The y axis. */
  public static final Setting<String> Y =
      Setting.ofText("y", "test_error", "summary metric (generic plot)");

  /** The curves. */
  public static final Setting<String> BY =
      Setting.ofText("by", "depth", "setting that makes the curves");

  /** A log y axis. */
  public static final Setting<Boolean> LOG_Y = Setting.ofBoolean("log_y", false, "log y axis");

  /** The file name. */
  public static final Setting<String> NAME =
      Setting.ofText("name", "plot", "output file name (no extension)");

  /** What {@code dmf plot} draws: the one place of these settings' defaults. */
  public static final SettingsTable TABLE = SettingsTable.of("plot", DIR, X, Y, BY, LOG_Y, NAME);

  /**
   * @param s settings of {@link #TABLE}
   * @return the lines of {@link #plot(Path, String, String, String, boolean, String)}
   */
  public static List<String> plot(Settings s) {
    return plot(s.get(DIR), s.get(X), s.get(Y), s.get(BY), s.get(LOG_Y), s.get(NAME));
  }

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
    try (ResultsDb d = ResultsDb.openReadOnly(db)) {
      runs = d.runs();
    }
    if (runs.isEmpty()) {
      throw new UserInputException(dir + ": no stored runs");
    }
    requireKnown(runs, x, "setting", r -> r.settings().keySet());
    requireKnown(runs, by, "setting", r -> r.settings().keySet());
    requireKnown(runs, y, "summary metric", r -> r.summary().keySet());
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

  /**
   * What {@code dmf plot} does: without {@code x}, redraws the figures and report of every
   * reproduction stored in the folder ({@link ReproductionRunner#redrawFolder}) and gives their
   * claims; with it, draws one metric ({@link #draw}) and gives the line naming the files.
   *
   * @param dir a sweep or reproduction folder holding results.db
   * @param x the setting on the x axis, or null
   * @param y the summary metric on the y axis
   * @param by the setting whose values make the curves
   * @param logY a log y axis
   * @param name the file name without extension
   * @return the lines to show
   * @throws UserInputException if the folder has no database, no runs or no reproduction, or a name
   *     no stored run has
   */
  public static List<String> plot(
      Path dir, String x, String y, String by, boolean logY, String name) {
    if (x != null) {
      return List.of("wrote " + draw(dir, x, y, by, logY, name) + ", .svg and .pdf");
    }
    List<String> lines = new ArrayList<>();
    ReproductionRunner.redrawFolder(dir, Reproductions.defaultRatings())
        .forEach(r -> lines.addAll(r.claimLines()));
    return lines;
  }

  /** Refuses a name that no stored run has, with a "did you mean" hint. */
  private static void requireKnown(
      List<RunRow> runs, String name, String what, Function<RunRow, Set<String>> names) {
    Set<String> all = new TreeSet<>();
    runs.forEach(r -> all.addAll(names.apply(r)));
    if (!all.contains(name)) {
      throw new UserInputException(
          "no stored run has the " + what + " '" + name + "'" + Suggest.hint(name, all));
    }
  }
}
