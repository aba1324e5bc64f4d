package dmf.cli;

import dmf.base.Printout;
import dmf.base.UserInputException;
import dmf.deep.TrainingSettings;
import dmf.experiment.RunExecutor;
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
import dmf.problem.SolveObserver;
import dmf.problem.SolveProgress;
import dmf.settings.Settings;
import java.nio.file.Path;
import java.util.LinkedHashMap;
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
    double threshold = dmf.get(TrainingSettings.LOSS_THRESHOLD);
    RunOutcome o =
        StatusLine.during(
            s -> {
              SolveObserver p =
                  quiet ? SolveObserver.NONE : new SolveProgress(s, "train", threshold);
              return RunExecutor.execute(run, out, p, saveFactors, resume);
            });
    return print(o.printout());
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
    RunOutcome o =
        StatusLine.during(
            s -> RunExecutor.execute(run, out, new SolveProgress(s, solver, 1e-7), false));
    return print(o.printout());
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
    SweepEngine e = SweepEngines.find(engine);
    SweepRunner.Result r = StatusLine.during(s -> e.run(job, new SweepStatus(s, plan.name())));
    return print(plan.printout(r));
  }

  /**
   * Prints what a command shows: its lines on standard output, then its error lines on standard
   * error, the first as {@code dmf: …}.
   *
   * @return its exit code
   */
  static int print(Printout p) {
    p.out().forEach(System.out::println);
    for (int i = 0; i < p.err().size(); i++) {
      System.err.println((i == 0 ? "dmf: " : "  ") + p.err().get(i));
    }
    return p.exitCode();
  }
}
