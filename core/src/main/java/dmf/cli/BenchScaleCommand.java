package dmf.cli;

import dmf.bench.ScaleBench;
import dmf.bench.TorchPeer;
import dmf.io.Json;
import dmf.linalg.Backend;
import dmf.linalg.Precision;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code dmf bench scale}: the factored engine on one large instance, against PyTorch. */
@Command(
    name = "scale",
    sortOptions = false,
    description = {
      "The factored engine on one instance folder (e.g. from dmf gen ratings): load time, seconds"
          + " per full-batch iteration, entries per second, peak memory, threads; and the same"
          + " for ../shared/peers/factored_torch.py when /usr/bin/python3 has torch."
    })
final class BenchScaleCommand implements Callable<Integer> {
  @Option(names = "--instance", required = true, description = "instance folder")
  Path instance;

  @Option(names = "--depth", defaultValue = "3", description = "depth (default ${DEFAULT-VALUE})")
  int depth;

  @Option(names = "--width", defaultValue = "64", description = "width (default ${DEFAULT-VALUE})")
  int width;

  @Option(
      names = "--precision",
      defaultValue = "float32",
      description = "float32 or float64 (default ${DEFAULT-VALUE})")
  String precision;

  @Option(
      names = "--threads",
      defaultValue = "0",
      description = "threads, 0 = all cores (default ${DEFAULT-VALUE})")
  int threads;

  @Option(
      names = "--iters",
      defaultValue = "5",
      description = "timed iterations (default ${DEFAULT-VALUE})")
  int iters;

  @Option(
      names = "--warmup",
      defaultValue = "1",
      description = "untimed iterations first (default ${DEFAULT-VALUE})")
  int warmup;

  @Option(
      names = "--peers",
      defaultValue = "../shared/peers",
      description = "folder with factored_torch.py (default ${DEFAULT-VALUE})")
  Path peers;

  @Option(names = "--no-torch", description = "skip the PyTorch peer")
  boolean noTorch;

  @Option(names = "--out", description = "also write the figures as JSON to this file")
  Path out;

  @Override
  public Integer call() {
    ScaleBench b =
        new ScaleBench(instance, depth, width, Precision.parse(precision), threads, warmup, iters);
    System.out.println("dmf bench scale: " + Backend.get().description());
    Map<String, Object> all = new LinkedHashMap<>();
    Map<String, Object> dmf = b.runDmf();
    all.put("dmf", dmf);
    print("dmf", dmf);
    Optional<TorchPeer> torch = noTorch ? Optional.empty() : TorchPeer.find(peers);
    if (torch.isPresent()) {
      Map<String, Object> peer = b.runPeer(torch.get());
      all.put("torch", peer);
      print("torch", peer);
      if (peer.get("sec_per_iter") instanceof Number t) {
        double ratio = ((Number) dmf.get("sec_per_iter")).doubleValue() / t.doubleValue();
        all.put("dmf_over_torch", ratio);
        System.out.printf(Locale.ROOT, "dmf / torch seconds per iteration: %.3f%n", ratio);
      }
    } else {
      System.out.println("torch: not run (no --peers folder or no torch in /usr/bin/python3)");
    }
    if (out != null) {
      Json.write(out, all);
    }
    return 0;
  }

  private static void print(String who, Map<String, Object> m) {
    StringBuilder sb = new StringBuilder(who).append(':');
    for (Map.Entry<String, Object> e : m.entrySet()) {
      Object v = e.getValue();
      sb.append(' ').append(e.getKey()).append('=');
      sb.append(v instanceof Double d ? String.format(Locale.ROOT, "%.4g", d) : String.valueOf(v));
    }
    System.out.println(sb);
  }
}
