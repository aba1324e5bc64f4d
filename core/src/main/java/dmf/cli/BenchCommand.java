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
@Command(name = "bench", sortOptions = false, subcommands = BenchScaleCommand.class)
final class BenchCommand implements Callable<Integer> {
  @Option(names = "--precision", defaultValue = "both")
  String precision;

  @Option(names = "--peers", defaultValue = "../shared/peers")
  Path peers;

  @Option(names = "--no-torch")
  boolean noTorch;

  @Option(names = "--no-tts")
  boolean noTts;

  @Option(names = "--no-large")
  boolean noLarge;

  @Option(names = "--out")
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
