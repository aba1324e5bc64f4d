package dmf.experiment;

import dmf.base.Printout;
import dmf.base.StatusSink;
import dmf.base.UserInputException;
import dmf.deep.TrainingSettings;
import dmf.io.OutputPaths;
import dmf.problem.SolveObserver;
import dmf.problem.SolveProgress;
import dmf.settings.Setting;
import dmf.settings.Settings;
import dmf.settings.SettingsTable;
import java.nio.file.Path;

/**
 * How {@code dmf train} runs the deep factorization on an instance folder, apart from the solver's
 * own settings: the one place of these settings and their defaults.
 */
public final class TrainOptions {
  private TrainOptions() {}

  /** The instance folder. */
  public static final Setting<Path> INSTANCE =
      Setting.ofPath("instance", "instance folder (see dmf gen)").required();

  /** The run folder. */
  public static final Setting<Path> OUT =
      Setting.ofPath("out", "result folder to write").required();

  /** Whether to write the final factors. */
  public static final Setting<Boolean> SAVE_FACTORS =
      Setting.ofBoolean(
          "save_factors", false, "also write the final factors to OUT/factors/A1.npy …");

  /** Whether to resume from a checkpoint. */
  public static final Setting<Boolean> RESUME =
      Setting.ofBoolean(
          "resume",
          false,
          "continue from OUT/checkpoint/latest when a killed run left one (large runs write"
              + " checkpoints of their latest and best factors as they train)");

  /** The share of observed entries held out. */
  public static final Setting<Double> HOLDOUT = ProblemTables.HOLDOUT.withDefault(null);

  /** The seed of the held-out draw. */
  public static final Setting<Long> HOLDOUT_SEED = ProblemTables.HOLDOUT_SEED.withDefault(null);

  /** No progress line. */
  public static final Setting<Boolean> QUIET =
      Setting.ofBoolean("quiet", false, "no progress line");

  /** The settings of {@code dmf train} besides the solver's. */
  public static final SettingsTable TABLE =
      SettingsTable.of("train", INSTANCE, OUT, SAVE_FACTORS, RESUME, HOLDOUT, HOLDOUT_SEED, QUIET);

  /**
   * @param o settings of {@link #TABLE}
   * @param dmf settings of {@link Solvers#DMF}
   * @return the run
   */
  public static RunSpec runSpec(Settings o, Settings dmf) {
    return RunSpec.onInstance(o.get(INSTANCE), o.get(HOLDOUT), o.get(HOLDOUT_SEED), "dmf", dmf);
  }

  /**
   * What {@code dmf train} does: checks the run folder, trains with a progress line unless quiet,
   * and writes the run folder ({@link RunExecutor#execute}).
   *
   * @param o settings of {@link #TABLE}
   * @param dmf settings of {@link Solvers#DMF}
   * @param status where progress goes
   * @return the run's summary, or its failure
   * @throws UserInputException for a run folder that holds something else
   */
  public static Printout train(Settings o, Settings dmf, StatusSink status) {
    Path out = o.get(OUT);
    OutputPaths.requireFolder(out, "--out", OutputPaths.RUN_FOLDER, "a run's results");
    RunSpec run = runSpec(o, dmf);
    SolveObserver progress =
        o.get(QUIET)
            ? SolveObserver.NONE
            : new SolveProgress(status, "train", dmf.get(TrainingSettings.LOSS_THRESHOLD));
    return RunExecutor.execute(run, out, progress, o.get(SAVE_FACTORS), o.get(RESUME)).printout();
  }
}
