package dmf.cli;

import dmf.deep.TrainingSettings;
import dmf.experiment.ProblemKind;
import dmf.experiment.RunExecutor;
import dmf.experiment.RunSpec;
import dmf.experiment.Solvers;
import dmf.io.OutputPaths;
import dmf.problem.SolveObserver;
import dmf.settings.Settings;
import dmf.settings.SettingsTable;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dmf train}: the deep factorization on an instance folder. */
@Command(
    name = "train",
    sortOptions = false,
    description = {
      "Train a deep matrix factorization on an instance folder.",
      "Settings: defaults, then --config files in order (later win), then --set key=value, then"
          + " flags. A flag and --set that give one setting different values are an error."
    })
final class TrainCommand implements Callable<Integer>, TableOptions.Backed {
  @Spec CommandSpec spec;

  @Option(names = "--instance", required = true, description = "instance folder (see dmf gen)")
  Path instance;

  @Option(names = "--out", required = true, description = "result folder to write")
  Path out;

  @Mixin SettingsSources sources;

  @Option(
      names = "--save-factors",
      description = "also write the final factors to OUT/factors/A1.npy …")
  boolean saveFactors;

  @Option(
      names = "--resume",
      description =
          "continue from OUT/checkpoint/latest when a killed run left one (large runs write"
              + " checkpoints of their latest and best factors as they train)")
  boolean resume;

  @Option(
      names = "--holdout",
      description =
          "hold out this share of the observed entries (reported as heldout_rmse, never trained"
              + " on)")
  Double holdout;

  @Option(names = "--holdout-seed", description = "seed of the held-out draw (default 0)")
  Long holdoutSeed;

  @Option(
      names = {"-q", "--quiet"},
      description = "no progress line")
  boolean quiet;

  @Override
  public SettingsTable table() {
    return Solvers.DMF;
  }

  @Override
  public Integer call() {
    OutputPaths.requireFolder(out, "--out", OutputPaths.RUN_FOLDER, "a run's results");
    Settings dmf =
        sources
            .layers(TableOptions.given(spec.commandLine().getParseResult(), table()))
            .resolve(table());
    Map<String, Object> problem = new LinkedHashMap<>();
    problem.put("instance", instance.toString());
    if (holdout != null) {
      problem.put("holdout", holdout);
    }
    if (holdoutSeed != null) {
      problem.put("holdout_seed", holdoutSeed);
    }
    RunSpec run =
        RunSpec.of(
            ProblemKind.INSTANCE,
            ProblemKind.INSTANCE.table().resolve(problem),
            "dmf",
            dmf,
            Map.of());
    Progress progress = new Progress(System.err, "train", dmf.get(TrainingSettings.LOSS_THRESHOLD));
    return Report.outcome(
        RunExecutor.execute(run, out, quiet ? SolveObserver.NONE : progress, saveFactors, resume),
        progress);
  }
}
