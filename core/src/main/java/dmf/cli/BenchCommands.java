package dmf.cli;

import dmf.bench.BenchOptions;
import dmf.bench.Benchmark;
import dmf.bench.FlowCheck;
import dmf.bench.ScaleBench;
import dmf.bench.TorchPeer;
import dmf.io.Json;
import dmf.io.provenance.Provenance;
import dmf.linalg.Precision;
import dmf.problem.SolveProgress;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Command;
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
      @Option(names = "--precision", defaultValue = "both") String precision,
      @Option(names = "--peers", defaultValue = "../shared/peers") Path peers,
      @Option(names = "--no-torch") boolean noTorch,
      @Option(names = "--no-tts") boolean noTts,
      @Option(names = "--no-large") boolean noLarge,
      @Option(names = "--out") Path out)
      throws IOException {
    BenchOptions o =
        new BenchOptions(BenchOptions.precisions(precision), peers, !noTorch, !noTts, !noLarge);
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
      @Option(names = "--depth", defaultValue = "3") int depth,
      @Option(names = "--width", defaultValue = "64") int width,
      @Option(names = "--precision", defaultValue = "float32") String precision,
      @Option(names = "--threads", defaultValue = "0") int threads,
      @Option(names = "--iters", defaultValue = "5") int iters,
      @Option(names = "--warmup", defaultValue = "1") int warmup,
      @Option(names = "--peers", defaultValue = "../shared/peers") Path peers,
      @Option(names = "--no-torch") boolean noTorch,
      @Option(names = "--out") Path out) {
    ScaleBench b =
        new ScaleBench(instance, depth, width, Precision.parse(precision), threads, warmup, iters);
    Optional<TorchPeer> torch = noTorch ? Optional.empty() : TorchPeer.find(peers);
    Map<String, Object> all = b.report(torch, System.out::println);
    if (out != null) {
      Json.write(out, all);
    }
    return 0;
  }

  /** {@code dmf flow-check}: the adaptive flow solver against small-step gradient descent. */
  @Command(name = "flow-check", sortOptions = false)
  static int flowCheck(
      @Option(names = "--depths", split = ",", defaultValue = "2,3,4") List<Integer> depths,
      @Option(names = "--gd-lr", defaultValue = "1e-2") double gdLr,
      @Option(names = "--gd-time-limit", defaultValue = "1800") double gdTimeLimit,
      @Option(names = "--seed", defaultValue = "0") long seed,
      @Option(names = "--kind", defaultValue = "completion") String kind,
      @Option(names = "--observations", defaultValue = "2000") int observations,
      @Option(names = "--flow", defaultValue = "flow") String flowOptimizer,
      @Option(names = "--flow-rtol", defaultValue = "1e-4") double flowRtol,
      @Option(names = "--out") Path out) {
    FlowCheck check =
        FlowCheck.of(depths, gdLr, gdTimeLimit, seed, kind, observations, flowOptimizer, flowRtol);
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
