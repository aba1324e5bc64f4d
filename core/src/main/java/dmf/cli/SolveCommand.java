package dmf.cli;

import dmf.base.UserInputException;
import dmf.experiment.RunExecutor;
import dmf.experiment.RunSpec;
import dmf.experiment.SolverEntry;
import dmf.experiment.Solvers;
import dmf.io.OutputPaths;
import dmf.problem.SolveProgress;
import dmf.settings.Settings;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code dmf solve SOLVER --instance DIR --out DIR [--set key=value]} (alias {@code dmf baseline}):
 * any solver on an instance folder — the baselines, the X = UUᵀ solvers, or dmf itself.
 */
@Command(name = "solve", aliases = "baseline", sortOptions = false)
final class SolveCommand implements Callable<Integer> {
  @Parameters(index = "0", description = "the solver")
  String solver;

  @Option(names = "--instance")
  Path instance;

  @Option(names = "--out")
  Path out;

  @Mixin SettingsSources sources;

  @Option(names = "--psd")
  boolean psd;

  @Option(names = "--tau")
  String tau;

  @Option(names = "--settings")
  boolean listSettings;

  @Override
  public Integer call() {
    SolverEntry entry = Solvers.find(solver);
    if (listSettings) {
      System.out.print(entry.table().markdown());
      return 0;
    }
    if (instance == null || out == null) {
      throw new UserInputException("dmf solve needs --instance DIR and --out DIR");
    }
    OutputPaths.requireFolder(out, "--out", OutputPaths.RUN_FOLDER, "a run's results");
    Map<String, Object> flags = new LinkedHashMap<>();
    if (psd) {
      flags.put("psd", true);
    }
    if (tau != null) {
      flags.put("tau", tau);
    }
    Settings settings = sources.layers().flags(flags).resolve(entry.table());
    RunSpec run = RunSpec.onInstance(instance, null, null, solver, settings);
    StatusLine status = new StatusLine();
    SolveProgress progress = new SolveProgress(status, solver, 1e-7);
    return Report.outcome(RunExecutor.execute(run, out, progress, false), status);
  }
}
