package dmf.cli;

import dmf.base.UserInputException;
import dmf.deep.TrainingSettings;
import dmf.experiment.RunExecutor;
import dmf.experiment.RunFailure;
import dmf.experiment.RunOutcome;
import dmf.experiment.RunSpec;
import dmf.experiment.SolverEntry;
import dmf.experiment.Solvers;
import dmf.experiment.SweepEngine;
import dmf.experiment.SweepEngines;
import dmf.experiment.SweepJob;
import dmf.experiment.SweepPlan;
import dmf.experiment.SweepRunner;
import dmf.experiment.SweepStatus;
import dmf.io.OutputPaths;
import dmf.io.store.RunText;
import dmf.problem.SolveObserver;
import dmf.problem.SolveProgress;
import dmf.settings.Settings;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code dmf train}, {@code dmf solve} and {@code dmf sweep}, and how a finished run or sweep is
 * reported.
 */
final class RunCommands {
  private RunCommands() {}

  /** {@code dmf train}: the deep factorization on an instance folder. */
  @Command(name = "train", sortOptions = false)
  static int train(
      @Option(names = "--instance", required = true) Path instance,
      @Option(names = "--out", required = true) Path out,
      @Mixin SettingsSources sources,
      @Option(names = "--save-factors") boolean saveFactors,
      @Option(names = "--resume") boolean resume,
      @Option(names = "--holdout") Double holdout,
      @Option(names = "--holdout-seed") Long holdoutSeed,
      @Option(names = {"-q", "--quiet"}) boolean quiet) {
    OutputPaths.requireFolder(out, "--out", OutputPaths.RUN_FOLDER, "a run's results");
    Settings dmf = sources.resolve();
    RunSpec run = RunSpec.onInstance(instance, holdout, holdoutSeed, "dmf", dmf);
    StatusLine status = new StatusLine();
    double threshold = dmf.get(TrainingSettings.LOSS_THRESHOLD);
    SolveObserver progress =
        quiet ? SolveObserver.NONE : new SolveProgress(status, "train", threshold);
    return outcome(RunExecutor.execute(run, out, progress, saveFactors, resume), status);
  }

  /** {@code dmf solve SOLVER} (alias {@code baseline}): any solver on an instance folder. */
  @Command(name = "solve", aliases = "baseline", sortOptions = false)
  static int solve(
      @Parameters(index = "0", description = "the solver") String solver,
      @Option(names = "--instance") Path instance,
      @Option(names = "--out") Path out,
      @Mixin SettingsSources sources,
      @Option(names = "--psd") boolean psd,
      @Option(names = "--tau") String tau,
      @Option(names = "--settings") boolean listSettings) {
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
    return outcome(RunExecutor.execute(run, out, progress, false), status);
  }

  /** {@code dmf sweep SPEC.toml}: a grid of experiments, resumably, into a results folder. */
  @Command(name = "sweep")
  static int sweep(
      @Parameters(index = "0", description = "sweep spec file (TOML)") Path spec,
      @Option(names = "--out") Path out,
      @Option(names = "--workers") String workers,
      @Option(names = "--engine", defaultValue = SweepEngines.LOCAL) String engine,
      @Option(names = "--master") String master,
      @Option(names = "--conf") Map<String, String> conf,
      @Option(names = "--dry-run") boolean dryRun,
      @Option(names = "--keep-going") boolean keepGoing) {
    int w = workers != null ? SweepRunner.WORKERS.parse(workers) : 0;
    SweepPlan plan = SweepPlan.of(spec, out);
    if (dryRun) {
      plan.listing().forEach(System.out::println);
      return 0;
    }
    Map<String, String> engineConf = conf == null ? Map.of() : conf;
    SweepJob job = new SweepJob(plan.dir(), plan.runs(), w, keepGoing, master, engineConf);
    return exitCode(run(SweepEngines.find(engine), job, plan.name()), plan.dir());
  }

  /**
   * Prints a finished run, or turns its failure into the command's error: a user mistake becomes
   * the one-line {@code dmf: …} with exit code 2, anything else exit code 1.
   */
  static int outcome(RunOutcome o, StatusLine status) {
    status.finish();
    if (o.error().isPresent()) {
      RunFailure f = o.error().get();
      if (f.userError()) {
        throw new UserInputException(f.message());
      }
      System.err.println(
          "dmf: the run failed: " + f.message() + " (details in " + o.folder() + ")");
      return 1;
    }
    System.out.println(RunText.summaryLine(o.summary()));
    System.out.println("results: " + o.folder());
    return 0;
  }

  /**
   * Prints the failed runs ({@link SweepRunner.Result#failureLines}), the first as {@code dmf: …}.
   *
   * @return 0 when no run failed, 2 when some run failed on a user mistake, else 1
   */
  static int exitCode(SweepRunner.Result r, Path dir) {
    List<String> lines = r.failureLines(dir);
    for (int i = 0; i < lines.size(); i++) {
      System.err.println((i == 0 ? "dmf: " : "  ") + lines.get(i));
    }
    return r.exitCode();
  }

  /** Runs a job on an engine with a progress line and a closing summary. */
  static SweepRunner.Result run(SweepEngine engine, SweepJob job, String label) {
    StatusLine status = new StatusLine();
    SweepRunner.Result result = engine.run(job, new SweepStatus(status, label));
    status.finish();
    int runs = job.runs().size();
    System.out.println(SweepRunner.summaryLine(label, runs, result.executed(), job.out()));
    return result;
  }
}
