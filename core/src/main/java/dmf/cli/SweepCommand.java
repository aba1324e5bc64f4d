package dmf.cli;

import dmf.base.UserInputException;
import dmf.experiment.RunFailure;
import dmf.experiment.RunSpec;
import dmf.experiment.SweepEngine;
import dmf.experiment.SweepEngines;
import dmf.experiment.SweepJob;
import dmf.experiment.SweepRunner;
import dmf.experiment.SweepSpec;
import dmf.io.OutputPaths;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dmf sweep SPEC.toml}: run a grid of experiments, resumably, into a results folder. */
@Command(name = "sweep", description = "Run a sweep spec (TOML); rerun the same command to resume.")
final class SweepCommand implements Callable<Integer> {
  @Parameters(index = "0", description = "sweep spec file (TOML)")
  Path spec;

  @Option(names = "--out", description = "sweep folder (default results/<name>)")
  Path out;

  @Option(
      names = "--workers",
      description =
          "parallel runs, 1 to 1024 (default: available processors; with --engine spark: local[N]"
              + " threads)")
  String workers;

  @Option(
      names = "--engine",
      defaultValue = SweepEngines.LOCAL,
      description =
          "local (threads of this JVM) or spark (Apache Spark: embedded local[*] unless --master;"
              + " docs/spark.md)")
  String engine;

  @Option(
      names = "--master",
      description = "cluster of a distributed engine, e.g. spark://host:7077, yarn, k8s://…")
  String master;

  @Option(
      names = "--conf",
      description = "engine setting KEY=VALUE, e.g. spark.executor.memory=2g (repeatable)")
  Map<String, String> conf = new LinkedHashMap<>();

  @Option(names = "--dry-run", description = "list the runs without executing them")
  boolean dryRun;

  @Option(
      names = "--keep-going",
      description =
          "run every run even after one failed (default: start no new run after a failure; runs"
              + " under way finish). A machine fault such as a full disk stops the sweep anyway.")
  boolean keepGoing;

  @Override
  public Integer call() {
    int w =
        workers != null
            ? SweepRunner.WORKERS.parse(workers)
            : Math.min(1024, Runtime.getRuntime().availableProcessors());
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
      for (RunSpec r : runs) {
        System.out.println(r.id() + " " + r.settings());
      }
      System.out.println(runs.size() + " runs");
      return 0;
    }
    SweepEngine e = SweepEngines.find(engine);
    return exitCode(
        run(e, new SweepJob(dir, runs, workers != null ? w : 0, keepGoing, master, conf), s.name()),
        dir);
  }

  /**
   * @param r what a sweep did
   * @return the exit code, see {@link #exitCode(SweepRunner.Result, Path)}
   */
  static int exitCode(SweepRunner.Result r) {
    return exitCode(r, null);
  }

  /**
   * Reports the failed runs: one line {@code dmf: …} naming the first (user mistakes first), then
   * the others indented, at most ten.
   *
   * @param r what a sweep did
   * @param dir the sweep folder, or null
   * @return 0 when no run failed, 2 when some run failed on a user mistake, else 1
   */
  static int exitCode(SweepRunner.Result r, Path dir) {
    if (r.failures().isEmpty()) {
      return 0;
    }
    List<Map.Entry<String, RunFailure>> failed = new ArrayList<>(r.failures().entrySet());
    failed.sort(Comparator.comparing(e -> e.getValue().cause()));
    Map.Entry<String, RunFailure> first = failed.get(0);
    System.err.println(
        "dmf: "
            + (failed.size() == 1 ? "run " : failed.size() + " runs failed; run ")
            + first.getKey()
            + " failed ("
            + first.getValue().cause().label()
            + "): "
            + first.getValue().message().replace('\n', ' ')
            + (failed.size() == 1 || dir == null ? "" : " (all: dmf results list " + dir + ")"));
    failed.stream()
        .skip(1)
        .limit(9)
        .forEach(
            e ->
                System.err.println(
                    "  run "
                        + e.getKey()
                        + " ("
                        + e.getValue().cause().label()
                        + "): "
                        + e.getValue().message().replace('\n', ' ')));
    return r.exitCode();
  }

  /** Runs on the local engine with a progress line and a closing summary. */
  static SweepRunner.Result run(
      Path dir, List<RunSpec> runs, int workers, boolean keepGoing, String label) {
    return run(
        SweepEngines.find(SweepEngines.LOCAL),
        new SweepJob(dir, runs, workers, keepGoing, "", Map.of()),
        label);
  }

  /** Runs a job on an engine with a progress line and a closing summary. */
  static SweepRunner.Result run(SweepEngine engine, SweepJob job, String label) {
    SweepProgress progress = new SweepProgress(label);
    SweepRunner.Result result = engine.run(job, progress);
    progress.finish();
    System.out.println(
        label
            + ": "
            + job.runs().size()
            + " runs ("
            + result.executed()
            + " executed now) in "
            + job.out());
    return result;
  }
}
