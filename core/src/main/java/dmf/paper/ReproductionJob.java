package dmf.paper;

import dmf.base.Printout;
import dmf.base.StatusSink;
import dmf.base.UserInputException;
import dmf.base.Workers;
import dmf.experiment.RunReuse;
import dmf.experiment.SweepRunner;
import dmf.experiment.SweepStatus;
import dmf.settings.Setting;
import dmf.settings.Settings;
import dmf.settings.SettingsTable;
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

  /** Which reproduction. */
  public static final Setting<String> NAME =
      Setting.ofText(
              "name",
              null,
              "fig1, fig2, sensing, init-sweep, fig3 (Arora et al.); gunasekar-fig1, gunasekar-fig2,"
                  + " gunasekar-fig4 (Gunasekar et al.)")
          .required();

  /** The quick variant. */
  public static final Setting<Boolean> QUICK =
      Setting.ofBoolean("quick", false, "small and fast (the default)");

  /** The paper-scale variant. */
  public static final Setting<Boolean> FULL =
      Setting.ofBoolean("full", false, "paper scale (3 repeats, all ranks)");

  /** The result folder. */
  public static final Setting<Path> OUT =
      Setting.ofPath("out", "output folder (default results/NAME)");

  /** Parallel runs. */
  public static final Setting<Integer> WORKERS = SweepRunner.WORKERS;

  /** Redraw instead of run. */
  public static final Setting<Boolean> PLOT_ONLY =
      Setting.ofBoolean("plot_only", false, "redraw from stored results without training");

  /** The ratings of fig3. */
  public static final Setting<Path> RATINGS =
      Setting.ofPath(
          "ratings",
          "fig3: MovieLens u.data or ratings CSV (default: $DMF_MOVIELENS, else"
              + " ../shared/data/ml-100k/u.data when present)");

  /**
   * How {@code dmf reproduce} names a job: the one place of these settings' defaults ({@link
   * #PLOT_ONLY} chooses {@link #redraw} over {@link #run}).
   */
  public static final SettingsTable TABLE =
      SettingsTable.of(
          "reproduce", NAME, QUICK, FULL, OUT, WORKERS, PLOT_ONLY, RATINGS, RunReuse.FROM);

  /** The folder of {@code dmf demo}, {@code reproduce fig1 --quick}. */
  public static final Setting<Path> DEMO_OUT =
      Setting.ofPath("out", "result folder").withDefault(Path.of("results", "demo"));

  /**
   * @param s settings of {@link #TABLE}
   * @return the job
   * @throws UserInputException for an unknown name, or both variants asked for
   */
  public static ReproductionJob of(Settings s) {
    return of(
        s.get(NAME),
        s.get(QUICK),
        s.get(FULL),
        s.get(OUT),
        s.get(WORKERS),
        s.get(RATINGS),
        s.get(RunReuse.FROM).stream().map(Path::of).toList());
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
   * @param out the result folder
   * @return the job of {@code dmf demo}: {@code reproduce fig1 --quick}
   */
  public static ReproductionJob demo(Path out) {
    return of("fig1", true, false, out, null, null, null);
  }

  /**
   * What {@code dmf reproduce} does.
   *
   * @param s settings of {@link #TABLE}
   * @param status where progress goes
   * @return what {@link #perform(boolean, StatusSink)} returns
   */
  public static Printout perform(Settings s, StatusSink status) {
    return of(s).perform(s.get(PLOT_ONLY), status);
  }

  /**
   * @param plotOnly redraw from the stored runs instead of running
   * @param status where progress goes
   * @return the claims of the redrawn figures, or the printout of the run ({@link #printout})
   */
  public Printout perform(boolean plotOnly, StatusSink status) {
    if (plotOnly) {
      return Printout.of(redraw().claimLines());
    }
    return printout(run(new SweepStatus(status, label())));
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
