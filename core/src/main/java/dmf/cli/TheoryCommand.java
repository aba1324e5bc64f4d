package dmf.cli;

import dmf.theory.CommutingReport;
import dmf.theory.Eq11Report;
import dmf.theory.SymmetricCommutingReport;
import dmf.theory.Theorem3Report;
import dmf.theory.TheoryResult;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code dmf theory theorem3|eq11|commuting}: numerical checks of the dynamics theory. */
@Command(name = "theory")
final class TheoryCommand {
  private static int print(TheoryResult r) {
    r.lines().forEach(System.out::println);
    System.out.println("report: " + r.report());
    return 0;
  }

  @Command(name = "theorem3", sortOptions = false)
  int theorem3(
      @Option(names = "--depths", split = ",", defaultValue = "2,3") List<Integer> depths,
      @Option(names = "--init-scale", defaultValue = "1e-2") double initScale,
      @Option(names = "--lr", defaultValue = "0.05") double lr,
      @Option(names = "--steps", defaultValue = "20000") int steps,
      @Option(names = "--every", defaultValue = "200") int every,
      @Option(names = "--out") Path out) {
    return print(new Theorem3Report(depths, initScale, lr, steps, every).run(out));
  }

  @Command(name = "eq11")
  int eq11(
      @Option(names = "--lr", defaultValue = "2e-4") double lr, @Option(names = "--out") Path out) {
    return print(new Eq11Report(lr).run(out));
  }

  @Command(name = "commuting")
  int commuting(
      @Option(names = "--symmetric") boolean symmetric,
      @Option(names = "--seed", defaultValue = "0") long seed,
      @Option(names = "--out") Path out) {
    return print(
        symmetric ? new SymmetricCommutingReport(seed).run(out) : CommutingReport.run(out));
  }
}
