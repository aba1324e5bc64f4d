package dmf.cli;

import dmf.bench.TorchPeer;
import dmf.deep.DeepMatrixFactorization;
import dmf.deep.IterationTimer;
import dmf.deep.TrainingConfig;
import dmf.deep.TrainingResult;
import dmf.io.Json;
import dmf.io.data.FactorFiles;
import dmf.io.data.Instances;
import dmf.io.provenance.Provenance;
import dmf.linalg.Backend;
import dmf.linalg.GemmRate;
import dmf.linalg.Mat;
import dmf.linalg.Precision;
import dmf.problem.Generators;
import dmf.problem.Problem;
import dmf.problem.SolveObserver;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code dmf bench}: ms per iteration and achieved GFLOP/s on the standard cases, the PyTorch
 * reference on the same instances in the same invocation (when /usr/bin/python3 imports torch), and
 * time-to-solution on the rank-5/2000 depth-3 task.
 */
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

  private final Map<String, Object> results = new LinkedHashMap<>();

  @Override
  public Integer call() throws IOException {
    List<Precision> precisions =
        precision.equalsIgnoreCase("both")
            ? List.of(Precision.FLOAT64, Precision.FLOAT32)
            : List.of(Precision.parse(precision));
    Optional<TorchPeer> torch = noTorch ? Optional.empty() : TorchPeer.find(peers);
    Path work = Files.createTempDirectory("dmf-bench");
    say(
        "dmf bench: "
            + Backend.get().description()
            + "; JDK "
            + System.getProperty("java.version"));
    say(
        torch.isPresent()
            ? "PyTorch reference: " + torch.get().script() + " (1 thread)"
            : "PyTorch reference: not available (needs /usr/bin/python3 with torch); dmf only");
    Map<String, Double> gemm100 = new LinkedHashMap<>();
    Map<String, Double> gemm943 = new LinkedHashMap<>();
    for (Precision p : precisions) {
      gemm100.put(p.label(), GemmRate.gflops(p, 100, 100, 100, 0.5));
      gemm943.put(p.label(), GemmRate.gflops(p, 943, 943, 943, 2.0));
      say(
          String.format(
              Locale.ROOT,
              "GEMM rate %s: %.1f GFLOP/s at 100^3, %.1f at 943^3",
              p.label(),
              gemm100.get(p.label()),
              gemm943.get(p.label())));
    }
    results.put("gemm_gflops_100", gemm100);
    results.put("gemm_gflops_943", gemm943);
    Problem comp = Generators.completion(Generators.lowRankTruth(100, 100, 5, false, 0), 2000, 0);
    Problem sens =
        Generators.sensing(Generators.lowRankTruth(100, 100, 5, false, 0), 2000, false, 0);
    Path compDir = peerInstance(work.resolve("comp100"), comp);
    Problem ml =
        noLarge
            ? null
            : Generators.completion(Generators.lowRankTruth(943, 1682, 5, false, 0), 10_000, 0);
    Path mlDir = ml != null && torch.isPresent() ? peerInstance(work.resolve("ml"), ml) : null;
    List<Map<String, Object>> rows = new ArrayList<>();
    say("");
    say(
        String.format(
            Locale.ROOT,
            "%-34s %-8s %10s %9s %10s %8s",
            "case",
            "prec",
            "ms/iter",
            "GFLOP/s",
            "torch ms",
            "ratio"));
    for (Precision p : precisions) {
      for (int depth : new int[] {2, 3, 4}) {
        rows.add(
            row(
                "completion 100x100 |Ω|=2000 depth " + depth,
                comp,
                compDir,
                depth,
                p,
                torch,
                work,
                300,
                1.5,
                500));
      }
      rows.add(
          row(
              "sensing 100x100 m=2000 depth 3",
              sens,
              null,
              3,
              p,
              Optional.empty(),
              work,
              50,
              1.5,
              0));
      if (!noLarge) {
        Map<String, Object> r =
            row("completion 943x1682 |Ω|=10000 depth 3", ml, mlDir, 3, p, torch, work, 2, 4.0, 4);
        double bound =
            ((Number) r.get("gemm_flops")).doubleValue() / (gemm943.get(p.label()) * 1e9);
        double ratio = ((Number) r.get("seconds_per_iter")).doubleValue() / bound;
        r.put("gemm_bound_seconds", bound);
        r.put("ratio_to_gemm_bound", ratio);
        say(
            String.format(
                Locale.ROOT,
                "  943x1682 %s: %.1f ms/iter vs GEMM-bound %.1f ms (%.3e GEMM flops at %.1f GFLOP/s)"
                    + " -> %.2fx the bound",
                p.label(),
                1e3 * (double) r.get("seconds_per_iter"),
                1e3 * bound,
                (double) r.get("gemm_flops"),
                gemm943.get(p.label()),
                ratio));
        rows.add(r);
      }
    }
    results.put("cases", rows);
    if (!noTts) {
      timeToSolution(compDir, comp, torch, work);
    }
    if (out != null) {
      results.put("provenance", Provenance.of(0, Instant.now(), Instant.now()));
      Json.write(out.resolve("bench.json"), results);
      say("wrote " + out.resolve("bench.json"));
    }
    return 0;
  }

  private Map<String, Object> row(
      String name,
      Problem p,
      Path peerDir,
      int depth,
      Precision prec,
      Optional<TorchPeer> torch,
      Path work,
      int warmup,
      double seconds,
      int torchIters)
      throws IOException {
    TrainingConfig c = config(depth, prec, "grouprmsprop");
    double s = IterationTimer.secondsPerIteration(p, c, warmup, seconds, 3);
    double[] flops = IterationTimer.flopsPerEvaluation(p, c.architecture(p.rows(), p.cols()));
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("case", name);
    r.put("precision", prec.label());
    r.put("seconds_per_iter", s);
    r.put("gemm_flops", flops[0]);
    r.put("flops", flops[1]);
    r.put("gflops", flops[1] / s / 1e9);
    String torchMs = "-";
    String ratio = "-";
    if (torch.isPresent() && peerDir != null && torchIters > 0) {
      Map<String, Object> t =
          torch
              .get()
              .run(
                  List.of(
                      "--instance",
                      peerDir.toString(),
                      "--depth",
                      Integer.toString(depth),
                      "--dtype",
                      prec.label(),
                      "--threads",
                      "1",
                      "--max-iters",
                      Integer.toString(torchIters),
                      "--train-thres",
                      "0"),
                  work);
      double ts = ((Number) t.get("sec_per_iter")).doubleValue();
      r.put("torch_seconds_per_iter", ts);
      r.put("ratio_to_torch", s / ts);
      torchMs = String.format(Locale.ROOT, "%.3f", ts * 1e3);
      ratio = String.format(Locale.ROOT, "%.2fx", s / ts);
    }
    say(
        String.format(
            Locale.ROOT,
            "%-34s %-8s %10.3f %9.2f %10s %8s",
            name,
            prec.label(),
            s * 1e3,
            flops[1] / s / 1e9,
            torchMs,
            ratio));
    return r;
  }

  private void timeToSolution(Path dir, Problem comp, Optional<TorchPeer> torch, Path work)
      throws IOException {
    say("");
    say("time to solution: rank-5 100x100 |Ω|=2000, depth 3, init 1e-3, loss <= 1e-6, float64");
    Map<String, Object> tts = new LinkedHashMap<>();
    Path init = work.resolve("tts-init");
    List<Mat> start = null;
    double torchSeconds = Double.NaN;
    if (torch.isPresent()) {
      Map<String, Object> t =
          torch
              .get()
              .run(
                  List.of(
                      "--instance",
                      dir.toString(),
                      "--depth",
                      "3",
                      "--dtype",
                      "float64",
                      "--threads",
                      "1",
                      "--dump-init",
                      init.toString()),
                  work);
      torchSeconds = ((Number) t.get("wall_time_s")).doubleValue();
      start = FactorFiles.read(init);
      tts.put("torch", t);
      say(
          String.format(
              Locale.ROOT,
              "  %-28s %9.2f s  %,9d iterations  test error %.3e",
              "PyTorch GroupRMSprop",
              torchSeconds,
              ((Number) t.get("iterations")).longValue(),
              ((Number) t.get("test_error")).doubleValue()));
    }
    for (String opt : new String[] {"grouprmsprop", "flow"}) {
      TrainingConfig c = config(3, Precision.FLOAT64, opt);
      TrainingResult r = new DeepMatrixFactorization(c, start).train(comp, SolveObserver.NONE);
      double err = r.last().get("test_error");
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("seconds", r.seconds());
      m.put("iterations", r.iterations());
      m.put("gradient_evaluations", r.gradientEvaluations());
      m.put("test_error", err);
      m.put("stop_reason", r.stopReason());
      String vs = "";
      if (!Double.isNaN(torchSeconds)) {
        double torchErr = ((Number) ((Map<?, ?>) tts.get("torch")).get("test_error")).doubleValue();
        m.put("speedup_vs_torch", torchSeconds / r.seconds());
        m.put("error_ratio_vs_torch", err / torchErr);
        vs =
            String.format(
                Locale.ROOT,
                "  %.1fx faster than PyTorch, error ratio %.2f",
                torchSeconds / r.seconds(),
                err / torchErr);
      }
      tts.put("dmf_" + opt, m);
      say(
          String.format(
              Locale.ROOT,
              "  %-28s %9.2f s  %,9d iterations  test error %.3e%s",
              "dmf " + opt + " (" + r.gradientEvaluations() + " grads)",
              r.seconds(),
              r.iterations(),
              err,
              vs));
    }
    results.put("time_to_solution", tts);
  }

  private static TrainingConfig config(int depth, Precision p, String optimizer) {
    Map<String, Object> m = TrainingConfig.defaults().toMap();
    m.put("depth", depth);
    m.put("precision", p.label());
    m.put("optimizer", optimizer);
    m.put("log_every", 1_000_000_000L);
    return TrainingConfig.fromMap(m);
  }

  /** Writes the instance in the peer's layout (vals.npy, w_star.npy). */
  private static Path peerInstance(Path dir, Problem p) {
    Instances.write(dir, p, Map.of());
    try {
      Files.copy(
          dir.resolve("values.npy"),
          dir.resolve("vals.npy"),
          java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException ex) {
      throw new java.io.UncheckedIOException(ex);
    }
    return dir;
  }

  private static void say(String s) {
    System.out.println(s);
    System.out.flush();
  }
}
