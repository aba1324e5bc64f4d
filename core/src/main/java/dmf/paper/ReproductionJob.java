package dmf.paper;

import dmf.base.Printout;
import dmf.base.UserInputException;
import dmf.base.Workers;
import dmf.experiment.RunReuse;
import dmf.experiment.SweepRunner;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A reproduction to run or redraw as {@code dmf reproduce} takes it: which figure, which variant,
 * which result folder and how many parallel runs.
 *
 * @param rep the reproduction
 * @param quick the fast variant (else paper scale)
 * @param dir the result folder
 * @param workers parallel runs
 * @param reuse sweep folders whose finished runs of the same settings are adopted ({@link
 *     RunReuse})
 */
public record ReproductionJob(
    Reproduction rep, boolean quick, Path dir, int workers, List<Path> reuse) {

  /** Copies the list. */
  public ReproductionJob {
    reuse = List.copyOf(reuse);
  }

  /**
   * A job as a person names it, with the defaults filled in: the quick variant, the folder
   * results/FOLDER of the reproduction, {@link Workers#defaultParallelRuns} runs at once, the
   * ratings of {@link Reproductions#defaultRatings}, no folders to reuse.
   *
   * @param name the reproduction's name
   * @param quick the quick variant was asked for
   * @param full the paper-scale variant was asked for
   * @param out the result folder, or null
   * @param workers parallel runs, or null
   * @param ratings a MovieLens u.data or ratings CSV, or null
   * @param reuse sweep folders to adopt finished runs from, or null
   * @return the job
   * @throws UserInputException for an unknown name, or both variants asked for
   */
  public static ReproductionJob of(
      String name,
      boolean quick,
      boolean full,
      Path out,
      Integer workers,
      Path ratings,
      List<Path> reuse) {
    if (quick && full) {
      throw new UserInputException("choose one of --quick and --full");
    }
    Reproduction rep =
        Reproductions.find(name, ratings != null ? ratings : Reproductions.defaultRatings());
    return new ReproductionJob(
        rep,
        !full,
        out != null ? out : Path.of("results", rep.folder()),
        workers != null ? workers : Workers.defaultParallelRuns(),
        reuse != null ? reuse : List.of());
  }

  /**
   * @return the job as a command names it, e.g. "reproduce fig1 --quick"
   */
  public String label() {
    return "reproduce " + rep.name() + (quick ? " --quick" : " --full");
  }

  /**
   * Adopts what the reuse folders finished, runs the missing runs of the sweep, then writes figures
   * and report ({@link ReproductionRunner#run}).
   *
   * @param listener sweep progress
   * @return figures, claims and run counts
   */
  public ReproductionResult run(SweepRunner.Listener listener) {
    return ReproductionRunner.run(rep, quick, dir, workers, reuse, listener);
  }

  /**
   * @return figures and claims redrawn from the stored runs ({@link ReproductionRunner#redraw})
   */
  public ReproductionResult redraw() {
    return ReproductionRunner.redraw(rep, quick, dir);
  }

  /**
   * @param r what {@link #run} returned
   * @return the sweep's summary line, the claims and where the report is; the failed runs and the
   *     exit code of the sweep
   */
  public Printout printout(ReproductionResult r) {
    List<String> lines = new ArrayList<>();
    lines.add(SweepRunner.summaryLine(label(), r.runs(), r.executed(), dir));
    lines.addAll(r.claimLines());
    return r.sweep().printout(lines, null);
  }
}
