package dmf.experiment;

import dmf.base.Printout;
import dmf.base.UserInputException;
import dmf.io.OutputPaths;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A sweep ready to run: its spec file read and expanded into runs (a bad setting named with the
 * file), and its folder chosen and checked before anything runs.
 *
 * @param name the sweep's name
 * @param runs the runs, in spec order
 * @param dir the sweep folder
 */
public record SweepPlan(String name, List<RunSpec> runs, Path dir) {
  /** Copies the runs. */
  public SweepPlan {
    runs = List.copyOf(runs);
  }

  /**
   * @param spec a sweep spec file (TOML)
   * @param out the sweep folder, or null for results/NAME
   * @return the plan
   * @throws UserInputException for a bad spec or a folder that holds something else than a sweep
   */
  public static SweepPlan of(Path spec, Path out) {
    SweepSpec s = SweepSpec.read(spec);
    List<RunSpec> runs;
    try {
      runs = s.expand();
    } catch (UserInputException ex) {
      throw new UserInputException(spec + ": " + ex.getMessage(), ex);
    }
    Path dir = out != null ? out : Path.of("results", s.name());
    OutputPaths.requireFolder(
        dir, out != null ? "--out" : "sweep folder", OutputPaths.SWEEP_FOLDER, "a sweep");
    return new SweepPlan(s.name(), runs, dir);
  }

  /**
   * @param r what running the plan did
   * @return the sweep's summary line, its failed runs and the exit code ({@link
   *     SweepRunner.Result#printout})
   */
  public Printout printout(SweepRunner.Result r) {
    return r.printout(List.of(SweepRunner.summaryLine(name, runs.size(), r.executed(), dir)), dir);
  }

  /**
   * @return each run's id and settings, one line each, then the count
   */
  public List<String> listing() {
    List<String> lines = new ArrayList<>();
    runs.forEach(r -> lines.add(r.id() + " " + r.settings()));
    lines.add(runs.size() + " runs");
    return lines;
  }
}
