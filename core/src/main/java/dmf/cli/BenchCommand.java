package dmf.cli;

import dmf.bench.BenchOptions;
import dmf.bench.BenchResult;
import dmf.bench.Benchmark;
import dmf.linalg.Precision;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code dmf bench}: per-iteration speed, GFLOP/s and time to solution, against PyTorch. */
@Command(
    name = "bench",
    sortOptions = false,
    subcommands = BenchScaleCommand.class,
    description = "Per-iteration speed, GFLOP/s and time-to-solution, against PyTorch if present.")
final class BenchCommand implements Callable<Integer> {
  @Option(
      names = "--precision",
      defaultValue = "both",
      description = "float64, float32 or both (default ${DEFAULT-VALUE})")
  String precision;

  @Option(
      names = "--peers",
      defaultValue = "../shared/peers",
      description = "folder with dmf_torch.py (default ${DEFAULT-VALUE})")
  Path peers;

  @Option(names = "--no-torch", description = "skip the PyTorch reference")
  boolean noTorch;

  @Option(names = "--no-tts", description = "skip the time-to-solution runs")
  boolean noTts;

  @Option(names = "--no-large", description = "skip the 943x1682 case")
  boolean noLarge;

  @Option(names = "--out", description = "also write bench.json into this folder")
  Path out;

  @Override
  public Integer call() throws IOException {
    List<Precision> precisions =
        precision.equalsIgnoreCase("both")
            ? List.of(Precision.FLOAT64, Precision.FLOAT32)
            : List.of(Precision.parse(precision));
    BenchOptions o = new BenchOptions(precisions, peers, !noTorch, !noTts, !noLarge);
    BenchResult r = Benchmark.run(o, System.out::println);
    if (out != null) {
      System.out.println("wrote " + Benchmark.writeJson(r, out));
    }
    return 0;
  }
}
