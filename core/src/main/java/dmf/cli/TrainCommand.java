package dmf.cli;

import dmf.deep.TrainingSettings;
import dmf.experiment.ProblemKind;
import dmf.experiment.RunExecutor;
import dmf.experiment.RunSpec;
import dmf.experiment.Solvers;
import dmf.problem.SolveObserver;
import dmf.settings.Settings;
import dmf.settings.SettingsTable;
import java.nio.file.Path;
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
      names = {"-q", "--quiet"},
      description = "no progress line")
  boolean quiet;

  @Override
  public SettingsTable table() {
    return Solvers.DMF;
  }

  @Override
  public Integer call() {
    Settings dmf =
        sources
            .layers(TableOptions.given(spec.commandLine().getParseResult(), table()))
            .resolve(table());
    RunSpec run =
        RunSpec.of(
            ProblemKind.INSTANCE,
            ProblemKind.INSTANCE.table().resolve(Map.of("instance", instance.toString())),
            "dmf",
            dmf,
            Map.of());
    Progress progress = new Progress(System.err, "train", dmf.get(TrainingSettings.LOSS_THRESHOLD));
    return Report.outcome(
        RunExecutor.execute(run, out, quiet ? SolveObserver.NONE : progress, saveFactors),
        progress);
  }
}
