package dmf.cli;

import dmf.bench.BenchOptions;
import dmf.bench.Benchmark;
import dmf.bench.FlowCheck;
import dmf.bench.ScaleBench;
import dmf.bench.TorchPeer;
import dmf.io.provenance.Provenance;
import dmf.problem.SolveProgress;
import dmf.settings.Settings;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code dmf info}, {@code dmf bench [scale]} and {@code dmf flow-check}: this machine and speed.
 */
final class BenchCommands {
  private BenchCommands() {}

  /** {@code dmf info}: version, JDK, OS and the BLAS backend in use. */
  @Command(name = "info")
  static int info() {
    Provenance.summary().forEach(System.out::println);
    return 0;
  }

  /** {@code dmf bench}: per-iteration speed, GFLOP/s and time to solution, against PyTorch. */
  @Command(name = "bench", sortOptions = false)
  static int bench(
      @Mixin SettingsSources flags,
      @Option(names = "--no-torch") boolean noTorch,
      @Option(names = "--no-tts") boolean noTts,
      @Option(names = "--no-large") boolean noLarge,
      @Option(names = "--out") Path out)
      throws IOException {
    BenchOptions o = BenchOptions.of(flags.resolve(), !noTorch, !noTts, !noLarge);
    var r = Benchmark.run(o, System.out::println);
    if (out != null) {
      System.out.println("wrote " + Benchmark.writeJson(r, out));
    }
    return 0;
  }

  /** {@code dmf bench scale}: the factored engine on one large instance, against PyTorch. */
  @Command(name = "scale", sortOptions = false)
  static int scale(
      @Option(names = "--instance", required = true) Path instance,
      @Mixin SettingsSources flags,
      @Option(names = "--no-torch") boolean noTorch,
      @Option(names = "--out") Path out) {
    Settings s = flags.resolve();
    ScaleBench.of(instance, s).report(TorchPeer.find(s, !noTorch), System.out::println, out);
    return 0;
  }

  /** {@code dmf flow-check}: the adaptive flow solver against small-step gradient descent. */
  @Command(name = "flow-check", sortOptions = false)
  static int flowCheck(@Mixin SettingsSources flags, @Option(names = "--out") Path out) {
    FlowCheck check = FlowCheck.of(flags.resolve());
    StatusLine status = new StatusLine();
    List<FlowCheck.Row> rows =
        check.run(
            label -> new SolveProgress(status, label, 1e-6),
            text -> {
              status.finish();
              System.out.println(text);
            });
    if (out != null) {
      check.writeJson(rows, out);
    }
    return 0;
  }
}
