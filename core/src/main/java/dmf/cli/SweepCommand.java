package dmf.cli;

import dmf.experiment.RunSpec;
import dmf.experiment.SweepEngine;
import dmf.experiment.SweepEngines;
import dmf.experiment.SweepJob;
import dmf.experiment.SweepRunner;
import dmf.experiment.SweepSpec;
import java.nio.file.Path;
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
          "parallel runs (default: available processors; with --engine spark: local[N] threads)")
  Integer workers;

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
          "run every run even after one failed (default: start no new run after a failure)")
  boolean keepGoing;

  @Override
  public Integer call() {
    SweepSpec s = SweepSpec.read(spec);
    List<RunSpec> runs = s.expand();
    Path dir = out != null ? out : Path.of("results", s.name());
    if (dryRun) {
      for (RunSpec r : runs) {
        System.out.println(r.id() + " " + r.settings());
      }
      System.out.println(runs.size() + " runs");
      return 0;
    }
    SweepEngine e = SweepEngines.find(engine);
    int w = workers != null ? workers : 0;
    return exitCode(run(e, new SweepJob(dir, runs, w, keepGoing, master, conf), s.name()));
  }

  /**
   * @param r what a sweep did
   * @return 0 when no run failed, 2 when some run failed on a user mistake, else 1
   */
  static int exitCode(SweepRunner.Result r) {
    if (r.failures().isEmpty()) {
      return 0;
    }
    System.err.println("dmf: " + r.failures().size() + " run(s) failed:");
    r.failures().entrySet().stream()
        .limit(10)
        .forEach(
            e ->
                System.err.println(
                    "  "
                        + e.getKey()
                        + (e.getValue().userError() ? " (input): " : " (error): ")
                        + e.getValue().message()));
    return r.anyUserError() ? 2 : 1;
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
