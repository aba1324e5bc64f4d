package dmf.cli;

import dmf.base.UserInputException;
import dmf.experiment.RunSpec;
import dmf.experiment.SweepEngine;
import dmf.experiment.SweepEngines;
import dmf.experiment.SweepJob;
import dmf.experiment.SweepRunner;
import dmf.experiment.SweepSpec;
import dmf.experiment.SweepStatus;
import dmf.io.OutputPaths;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dmf sweep SPEC.toml}: run a grid of experiments, resumably, into a results folder. */
@Command(name = "sweep")
final class SweepCommand implements Callable<Integer> {
  @Parameters(index = "0", description = "sweep spec file (TOML)")
  Path spec;

  @Option(names = "--out")
  Path out;

  @Option(names = "--workers")
  String workers;

  @Option(names = "--engine", defaultValue = SweepEngines.LOCAL)
  String engine;

  @Option(names = "--master")
  String master;

  @Option(names = "--conf")
  Map<String, String> conf = new LinkedHashMap<>();

  @Option(names = "--dry-run")
  boolean dryRun;

  @Option(names = "--keep-going")
  boolean keepGoing;

  @Override
  public Integer call() {
    int w = workers != null ? SweepRunner.WORKERS.parse(workers) : 0;
    SweepSpec s = SweepSpec.read(spec);
    List<RunSpec> runs;
    try {
      runs = s.expand();
    } catch (UserInputException ex) {
      throw new UserInputException(spec + ": " + ex.getMessage(), ex);
    }
    Path dir = out != null ? out : Path.of("results", s.name());
    OutputPaths.requireFolder(
        dir, out != null ? "--out" : "sweep folder", OutputPaths.SWEEP_FOLDER, "a sweep");
    if (dryRun) {
      runs.forEach(r -> System.out.println(r.id() + " " + r.settings()));
      System.out.println(runs.size() + " runs");
      return 0;
    }
    SweepJob job = new SweepJob(dir, runs, w, keepGoing, master, conf);
    return exitCode(run(SweepEngines.find(engine), job, s.name()), dir);
  }

  /**
   * Prints the failed runs ({@link SweepRunner.Result#failureLines}), the first as {@code dmf: …}.
   *
   * @param r what a sweep did
   * @param dir the sweep folder, or null
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
    System.out.println(
        SweepRunner.summaryLine(label, job.runs().size(), result.executed(), job.out()));
    return result;
  }
}
