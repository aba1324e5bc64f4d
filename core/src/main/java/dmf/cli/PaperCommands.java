package dmf.cli;

import dmf.base.UserInputException;
import dmf.base.Workers;
import dmf.experiment.SweepRunner;
import dmf.experiment.SweepStatus;
import dmf.paper.Reproduction;
import dmf.paper.ReproductionResult;
import dmf.paper.ReproductionRunner;
import dmf.paper.Reproductions;
import dmf.theory.CommutingReport;
import dmf.theory.Eq11Report;
import dmf.theory.SymmetricCommutingReport;
import dmf.theory.Theorem3Report;
import dmf.theory.TheoryResult;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code dmf reproduce}, {@code dmf demo} and {@code dmf theory}: the papers' figures and claims.
 */
final class PaperCommands {
  private PaperCommands() {}

  /** {@code dmf reproduce NAME [--quick|--full] [--out DIR]}: sweep, figures and report.md. */
  @Command(name = "reproduce", sortOptions = false)
  static int reproduce(
      @Parameters(index = "0", descriptionKey = "dmf.reproduce.name") String name,
      @Option(names = "--quick") boolean quick,
      @Option(names = "--full") boolean full,
      @Option(names = "--out") Path out,
      @Option(names = "--workers") Integer workers,
      @Option(names = "--plot-only") boolean plotOnly,
      @Option(names = "--ratings") Path ratings,
      @Option(names = "--reuse") List<Path> reuse) {
    if (quick && full) {
      throw new UserInputException("choose one of --quick and --full");
    }
    Reproduction rep =
        Reproductions.find(name, ratings != null ? ratings : Reproductions.defaultRatings());
    Path dir = out != null ? out : Path.of("results", rep.folder());
    if (plotOnly) {
      ReproductionRunner.redraw(rep, !full, dir).claimLines().forEach(System.out::println);
      return 0;
    }
    String label = "reproduce " + name + (full ? " --full" : " --quick");
    StatusLine status = new StatusLine();
    int w = workers != null ? workers : Workers.defaultParallelRuns();
    ReproductionResult r =
        ReproductionRunner.run(
            rep, !full, dir, w, reuse == null ? List.of() : reuse, new SweepStatus(status, label));
    status.finish();
    System.out.println(SweepRunner.summaryLine(label, r.runs(), r.executed(), dir));
    r.claimLines().forEach(System.out::println);
    return RunCommands.exitCode(r.sweep(), null);
  }

  /**
   * {@code dmf demo}: the paper's headline in well under three minutes, {@code dmf reproduce fig1
   * --quick}: rank-5 100×100 completion by depths 2, 3 and 4 (and minimum nuclear norm) against the
   * number of observed entries, with the figure and a report that checks the claims.
   */
  @Command(name = "demo")
  static int demo(@Option(names = "--out", defaultValue = "results/demo") Path out) {
    return reproduce("fig1", true, false, out, null, false, null, null);
  }

  /** {@code dmf theory} itself: it needs one of theorem3, eq11, commuting. */
  @Command(name = "theory")
  static final class Theory {}

  @Command(name = "theorem3", sortOptions = false)
  static int theorem3(
      @Option(names = "--depths", split = ",", defaultValue = "2,3") List<Integer> depths,
      @Option(names = "--init-scale", defaultValue = "1e-2") double initScale,
      @Option(names = "--lr", defaultValue = "0.05") double lr,
      @Option(names = "--steps", defaultValue = "20000") int steps,
      @Option(names = "--every", defaultValue = "200") int every,
      @Option(names = "--out") Path out) {
    return theory(new Theorem3Report(depths, initScale, lr, steps, every).run(out));
  }

  @Command(name = "eq11")
  static int eq11(
      @Option(names = "--lr", defaultValue = "2e-4") double lr, @Option(names = "--out") Path out) {
    return theory(new Eq11Report(lr).run(out));
  }

  @Command(name = "commuting")
  static int commuting(
      @Option(names = "--symmetric") boolean symmetric,
      @Option(names = "--seed", defaultValue = "0") long seed,
      @Option(names = "--out") Path out) {
    return theory(
        symmetric ? new SymmetricCommutingReport(seed).run(out) : CommutingReport.run(out));
  }

  private static int theory(TheoryResult r) {
    r.lines().forEach(System.out::println);
    System.out.println("report: " + r.report());
    return 0;
  }
}
