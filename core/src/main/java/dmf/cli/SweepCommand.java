package dmf.cli;

import dmf.experiment.RunSpec;
import dmf.experiment.SweepRunner;
import dmf.experiment.SweepSpec;
import java.nio.file.Path;
import java.util.List;
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

  @Option(names = "--workers", description = "parallel runs (default: available processors)")
  Integer workers;

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
    int w = workers != null ? workers : Runtime.getRuntime().availableProcessors();
    return exitCode(run(dir, runs, w, keepGoing, s.name()));
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

  /** Runs with a progress line and a closing summary. */
  static SweepRunner.Result run(
      Path dir, List<RunSpec> runs, int workers, boolean keepGoing, String label) {
    SweepProgress progress = new SweepProgress(label);
    SweepRunner.Result result = new SweepRunner(dir, workers, keepGoing).run(runs, progress);
    progress.finish();
    System.out.println(
        label + ": " + runs.size() + " runs (" + result.executed() + " executed now) in " + dir);
    return result;
  }
}
