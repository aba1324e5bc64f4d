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
@Command(name = "theory", description = "Check the theory numerically (writes figures and report).")
final class TheoryCommand {
  private static int print(TheoryResult r) {
    r.lines().forEach(System.out::println);
    System.out.println("report: " + r.report());
    return 0;
  }

  @Command(
      name = "theorem3",
      sortOptions = false,
      description =
          "Theorem 3 (singular values) and Lemma 3 (end-to-end) along GD from a balanced init.")
  int theorem3(
      @Option(names = "--depths", split = ",", defaultValue = "2,3", description = "depths")
          List<Integer> depths,
      @Option(names = "--init-scale", defaultValue = "1e-2", description = "balanced init scale")
          double initScale,
      @Option(names = "--lr", defaultValue = "0.05", description = "GD step") double lr,
      @Option(names = "--steps", defaultValue = "20000", description = "GD steps") int steps,
      @Option(names = "--every", defaultValue = "200", description = "sample interval") int every,
      @Option(names = "--out", description = "output folder (default results/theory-theorem3)")
          Path out) {
    return print(new Theorem3Report(depths, initScale, lr, steps, every).run(out));
  }

  @Command(name = "eq11", description = "Single-measurement sensing: σ_r1 against σ_r2, Eq. (11).")
  int eq11(
      @Option(names = "--lr", defaultValue = "2e-4", description = "GD step") double lr,
      @Option(names = "--out", description = "output folder (default results/theory-eq11)")
          Path out) {
    return print(new Eq11Report(lr).run(out));
  }

  @Command(
      name = "commuting",
      description = "Theorem 2 and Proposition 1: commuting measurements and Schatten-p.")
  int commuting(
      @Option(
              names = "--symmetric",
              description =
                  "Theorem 1 of Gunasekar et al. (2017) instead: X = UUᵀ from U₀ = αI on random "
                      + "commuting measurements, against the certified minimum trace")
          boolean symmetric,
      @Option(names = "--seed", defaultValue = "0", description = "--symmetric: instance seed")
          long seed,
      @Option(
              names = "--out",
              description =
                  "output folder (default results/theory-commuting or "
                      + "results/theory-commuting-symmetric)")
          Path out) {
    return print(
        symmetric ? new SymmetricCommutingReport(seed).run(out) : CommutingReport.run(out));
  }
}
