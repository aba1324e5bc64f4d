package dmf.cli;

import dmf.deep.TrainingSettings;
import dmf.experiment.RunExecutor;
import dmf.experiment.RunSpec;
import dmf.experiment.Solvers;
import dmf.io.OutputPaths;
import dmf.problem.SolveObserver;
import dmf.problem.SolveProgress;
import dmf.settings.Settings;
import dmf.settings.SettingsTable;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dmf train}: the deep factorization on an instance folder. */
@Command(name = "train", sortOptions = false)
final class TrainCommand implements Callable<Integer>, TableOptions.Backed {
  @Spec CommandSpec spec;

  @Option(names = "--instance", required = true)
  Path instance;

  @Option(names = "--out", required = true)
  Path out;

  @Mixin SettingsSources sources;

  @Option(names = "--save-factors")
  boolean saveFactors;

  @Option(names = "--resume")
  boolean resume;

  @Option(names = "--holdout")
  Double holdout;

  @Option(names = "--holdout-seed")
  Long holdoutSeed;

  @Option(names = {"-q", "--quiet"})
  boolean quiet;

  @Override
  public SettingsTable table() {
    return Solvers.DMF;
  }

  @Override
  public Integer call() {
    OutputPaths.requireFolder(out, "--out", OutputPaths.RUN_FOLDER, "a run's results");
    Settings dmf = sources.layers().flags(TableOptions.given(spec, table())).resolve(table());
    RunSpec run = RunSpec.onInstance(instance, holdout, holdoutSeed, "dmf", dmf);
    StatusLine status = new StatusLine();
    SolveObserver progress =
        quiet
            ? SolveObserver.NONE
            : new SolveProgress(status, "train", dmf.get(TrainingSettings.LOSS_THRESHOLD));
    return Report.outcome(RunExecutor.execute(run, out, progress, saveFactors, resume), status);
  }
}
