package dmf.cli;

import dmf.bench.ScaleBench;
import dmf.bench.TorchPeer;
import dmf.io.Json;
import dmf.linalg.Precision;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code dmf bench scale}: the factored engine on one large instance, against PyTorch. */
@Command(name = "scale", sortOptions = false)
final class BenchScaleCommand implements Callable<Integer> {
  @Option(names = "--instance", required = true)
  Path instance;

  @Option(names = "--depth", defaultValue = "3")
  int depth;

  @Option(names = "--width", defaultValue = "64")
  int width;

  @Option(names = "--precision", defaultValue = "float32")
  String precision;

  @Option(names = "--threads", defaultValue = "0")
  int threads;

  @Option(names = "--iters", defaultValue = "5")
  int iters;

  @Option(names = "--warmup", defaultValue = "1")
  int warmup;

  @Option(names = "--peers", defaultValue = "../shared/peers")
  Path peers;

  @Option(names = "--no-torch")
  boolean noTorch;

  @Option(names = "--out")
  Path out;

  @Override
  public Integer call() {
    ScaleBench b =
        new ScaleBench(instance, depth, width, Precision.parse(precision), threads, warmup, iters);
    Optional<TorchPeer> torch = noTorch ? Optional.empty() : TorchPeer.find(peers);
    Map<String, Object> all = b.report(torch, System.out::println);
    if (out != null) {
      Json.write(out, all);
    }
    return 0;
  }
}
