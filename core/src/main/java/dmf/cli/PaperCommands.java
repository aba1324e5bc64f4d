package dmf.cli;

import dmf.experiment.SweepStatus;
import dmf.paper.ReproductionJob;
import dmf.paper.ReproductionResult;
import dmf.theory.CommutingReport;
import dmf.theory.Eq11Report;
import dmf.theory.SymmetricCommutingReport;
import dmf.theory.Theorem3Report;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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
    ReproductionJob job = ReproductionJob.of(name, quick, full, out, workers, ratings, reuse);
    if (plotOnly) {
      job.redraw().claimLines().forEach(System.out::println);
      return 0;
    }
    ReproductionResult r = StatusLine.during(s -> job.run(new SweepStatus(s, job.label())));
    return RunCommands.print(job.printout(r));
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
  static int theorem3(@Mixin SettingsSources flags, @Option(names = "--out") Path out) {
    return RunCommands.print(Theorem3Report.of(flags.resolve()).run(out).printout());
  }

  @Command(name = "eq11")
  static int eq11(@Mixin SettingsSources flags, @Option(names = "--out") Path out) {
    return RunCommands.print(Eq11Report.of(flags.resolve()).run(out).printout());
  }

  @Command(name = "commuting")
  static int commuting(
      @Option(names = "--symmetric") boolean symmetric,
      @Mixin SettingsSources flags,
      @Option(names = "--out") Path out) {
    SymmetricCommutingReport sym = SymmetricCommutingReport.of(flags.resolve());
    return RunCommands.print((symmetric ? sym.run(out) : CommutingReport.run(out)).printout());
  }
}
