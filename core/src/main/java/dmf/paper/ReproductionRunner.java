package dmf.paper;

import dmf.base.UserInputException;
import dmf.experiment.RunReuse;
import dmf.experiment.RunSpec;
import dmf.experiment.SweepRunner;
import dmf.io.store.ResultsDb;
import dmf.io.store.RunRow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Runs reproductions from Java: the sweep (resumable, into a result folder), then figures and
 * report from the stored runs. {@code dmf reproduce} and {@code dmf plot} call this.
 */
public final class ReproductionRunner {
  private ReproductionRunner() {}

  /**
   * Runs every missing run of the reproduction's sweep, then writes figures and report.
   *
   * @param rep the reproduction
   * @param quick the fast variant or the paper-scale one
   * @param dir the result folder
   * @param workers parallel runs (≥ 1)
   * @param listener sweep progress
   * @return figures, claims and run counts
   */
  public static ReproductionResult run(
      Reproduction rep, boolean quick, Path dir, int workers, SweepRunner.Listener listener) {
    return run(rep, quick, dir, workers, List.of(), listener);
  }

  /**
   * Runs every missing run of the reproduction's sweep, adopting first the runs that other folders
   * finished with the same settings ({@link RunReuse}), then writes figures and report.
   *
   * @param rep the reproduction
   * @param quick the fast variant or the paper-scale one
   * @param dir the result folder
   * @param workers parallel runs (≥ 1)
   * @param reuse sweep folders whose finished runs may be adopted (e.g. fig1's for fig2)
   * @param listener sweep progress
   * @return figures, claims and run counts
   */
  public static ReproductionResult run(
      Reproduction rep,
      boolean quick,
      Path dir,
      int workers,
      List<Path> reuse,
      SweepRunner.Listener listener) {
    List<RunSpec> runs = rep.sweep(quick).expand();
    long t0 = System.nanoTime();
    RunReuse.adopt(dir, runs, reuse);
    SweepRunner.Result sweep = new SweepRunner(dir, workers, false).run(runs, listener);
    ReproductionResult r = ReportWriter.write(rep, quick, dir, (System.nanoTime() - t0) * 1e-9);
    return new ReproductionResult(
        r.name(), r.dir(), r.report(), r.figures(), r.claims(), r.runs(), sweep);
  }

  /**
   * Redraws figures and report from stored runs, without running anything.
   *
   * @param rep the reproduction
   * @param quick which variant's runs to draw
   * @param dir the result folder
   * @return figures and claims
   */
  public static ReproductionResult redraw(Reproduction rep, boolean quick, Path dir) {
    return ReportWriter.write(rep, quick, dir, 0);
  }

  /**
   * Redraws every reproduction whose sweep has runs stored in the folder.
   *
   * @param dir a result folder holding results.db
   * @param ratings a MovieLens file for the figures that use it, or null
   * @return one result per reproduction redrawn
   * @throws UserInputException if the folder has no database, or none of its sweeps is a
   *     reproduction's
   */
  public static List<ReproductionResult> redrawFolder(Path dir, Path ratings) {
    Path db = dir.resolve(ResultsDb.FILE_NAME);
    if (!Files.isRegularFile(db)) {
      throw new UserInputException(db + ": no results database");
    }
    Set<String> sweeps = new LinkedHashSet<>();
    try (ResultsDb d = ResultsDb.openReadOnly(db)) {
      d.runs().stream().map(RunRow::sweep).forEach(sweeps::add);
    }
    List<ReproductionResult> out = new ArrayList<>();
    for (Reproduction rep : Reproductions.all(ratings)) {
      for (boolean quick : new boolean[] {true, false}) {
        if (sweeps.contains(rep.sweep(quick).name())) {
          out.add(redraw(rep, quick, dir));
        }
      }
    }
    if (out.isEmpty()) {
      throw new UserInputException(
          dir + ": not a reproduction folder; give --x SETTING (and --y METRIC, --by SETTING)");
    }
    return out;
  }
}
