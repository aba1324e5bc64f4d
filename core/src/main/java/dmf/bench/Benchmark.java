package dmf.bench;

import dmf.base.Printout;
import dmf.deep.IterationTimer;
import dmf.deep.TrainingConfig;
import dmf.io.Json;
import dmf.io.data.Instances;
import dmf.io.provenance.Provenance;
import dmf.linalg.Backend;
import dmf.linalg.GemmRate;
import dmf.linalg.Precision;
import dmf.problem.Generators;
import dmf.problem.Problem;
import dmf.settings.Settings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Milliseconds per iteration and achieved GFLOP/s on the standard cases (completion 100×100 at
 * depths 2–4, sensing 100×100, completion 943×1682 against its GEMM bound), the PyTorch reference
 * on the same instances in the same invocation when /usr/bin/python3 imports torch, and
 * time-to-solution on the rank-5/2000 depth-3 task ({@link TimeToSolution}).
 */
public final class Benchmark {
  private Benchmark() {}

  /**
   * @param o what to measure
   * @param log receives each line of the table as it is measured
   * @return the measurements
   * @throws IOException if a scratch folder or the PyTorch reference fails
   */
  public static BenchResult run(BenchOptions o, Consumer<String> log) throws IOException {

    Optional<TorchPeer> torch = o.torch() ? TorchPeer.find(o.peers()) : Optional.empty();
    Path work = Files.createTempDirectory("dmf-bench");
    log.accept(
        "dmf bench: "
            + Backend.get().description()
            + "; JDK "
            + System.getProperty("java.version"));
    log.accept(
        torch.isPresent()
            ? "PyTorch reference: " + torch.get().script() + " (1 thread)"
            : "PyTorch reference: not available (needs /usr/bin/python3 with torch); dmf only");
    Map<String, Double> gemm100 = new LinkedHashMap<>();
    Map<String, Double> gemm943 = new LinkedHashMap<>();
    for (Precision p : o.precisions()) {
      gemm100.put(p.label(), GemmRate.gflops(p, 100, 100, 100, 0.5));
      gemm943.put(p.label(), GemmRate.gflops(p, 943, 943, 943, 2.0));
      log.accept(
          String.format(
              Locale.ROOT,
              "GEMM rate %s: %.1f GFLOP/s at 100^3, %.1f at 943^3",
              p.label(),
              gemm100.get(p.label()),
              gemm943.get(p.label())));
    }
    Problem comp = Generators.completion(Generators.lowRankTruth(100, 100, 5, false, 0), 2000, 0);
    Problem sens =
        Generators.sensing(Generators.lowRankTruth(100, 100, 5, false, 0), 2000, false, 0);
    Path compDir = peerInstance(work.resolve("comp100"), comp);
    Problem ml =
        o.large()
            ? Generators.completion(Generators.lowRankTruth(943, 1682, 5, false, 0), 10_000, 0)
            : null;
    Path mlDir = ml != null && torch.isPresent() ? peerInstance(work.resolve("ml"), ml) : null;
    log.accept("");
    log.accept(
        String.format(
            Locale.ROOT,
            "%-34s %-8s %10s %9s %10s %8s",
            "case",
            "prec",
            "ms/iter",
            "GFLOP/s",
            "torch ms",
            "ratio"));
    List<BenchCase> cases = new ArrayList<>();
    for (Precision p : o.precisions()) {
      for (int depth : new int[] {2, 3, 4}) {
        String name = "completion 100x100 |Ω|=2000 depth " + depth;
        cases.add(time(name, comp, compDir, depth, p, torch, work, 300, 1.5, 500, Double.NaN));
        log.accept(cases.get(cases.size() - 1).line());
      }
      String sname = "sensing 100x100 m=2000 depth 3";
      cases.add(time(sname, sens, null, 3, p, Optional.empty(), work, 50, 1.5, 0, Double.NaN));
      log.accept(cases.get(cases.size() - 1).line());
      if (ml != null) {
        BenchCase c =
            time(
                "completion 943x1682 |Ω|=10000 depth 3",
                ml,
                mlDir,
                3,
                p,
                torch,
                work,
                2,
                4.0,
                4,
                gemm943.get(p.label()));
        cases.add(c);
        log.accept(c.line());
        log.accept(
            String.format(
                Locale.ROOT,
                "  943x1682 %s: %.1f ms/iter vs GEMM-bound %.1f ms (%.3e GEMM flops at %.1f GFLOP/s)"
                    + " -> %.2fx the bound",
                p.label(),
                1e3 * c.secondsPerIter(),
                1e3 * c.gemmBoundSeconds(),
                c.gemmFlops(),
                gemm943.get(p.label()),
                c.secondsPerIter() / c.gemmBoundSeconds()));
      }
    }
    Map<String, Object> tts =
        o.timeToSolution() ? TimeToSolution.run(compDir, comp, torch, work, log) : Map.of();
    return new BenchResult(gemm100, gemm943, cases, tts);
  }

  private static BenchCase time(
      String name,
      Problem p,
      Path peerDir,
      int depth,
      Precision prec,
      Optional<TorchPeer> torch,
      Path work,
      int warmup,
      double seconds,
      int torchIters,
      double gemmRate)
      throws IOException {
    TrainingConfig c =
        Configs.with(
            Map.of("depth", depth, "precision", prec.label(), "optimizer", "grouprmsprop"));
    double s = IterationTimer.secondsPerIteration(p, c, warmup, seconds, 3);
    double[] flops = IterationTimer.flopsPerEvaluation(p, c.architecture(p.rows(), p.cols()));
    double torchSeconds = Double.NaN;
    if (torch.isPresent() && peerDir != null && torchIters > 0) {
      Map<String, Object> t =
          torch
              .get()
              .run(
                  peerDir,
                  depth,
                  prec.label(),
                  work,
                  "--max-iters",
                  Integer.toString(torchIters),
                  "--train-thres",
                  "0");
      torchSeconds = ((Number) t.get("sec_per_iter")).doubleValue();
    }
    return new BenchCase(
        name, prec.label(), s, flops[0], flops[1], torchSeconds, flops[0] / (gemmRate * 1e9));
  }

  /**
   * Writes {@code dir/bench.json}: the measurements and their provenance.
   *
   * @param r the measurements
   * @param dir the folder
   * @return the file written
   */
  public static Path writeJson(BenchResult r, Path dir) {
    Map<String, Object> m = new LinkedHashMap<>(r.toMap());
    m.put("provenance", Provenance.of(0, Instant.now(), Instant.now()));
    Json.write(dir.resolve("bench.json"), m);
    return dir.resolve("bench.json");
  }

  /** Writes the instance in the peer's layout (vals.npy, w_star.npy). */
  static Path peerInstance(Path dir, Problem p) throws IOException {
    Instances.write(dir, p, Map.of());
    Files.copy(
        dir.resolve("values.npy"), dir.resolve("vals.npy"), StandardCopyOption.REPLACE_EXISTING);
    return dir;
  }

  /**
   * What {@code dmf bench} does: {@link #run}, then bench.json into {@link BenchOptions#OUT} when
   * given.
   *
   * @param o settings of {@link BenchOptions#OPTIONS}
   * @param s settings of {@link BenchOptions#TABLE}
   * @param log receives the report's lines as they are measured
   * @return the line naming bench.json, if written
   * @throws IOException if a scratch folder or the PyTorch reference fails
   */
  public static Printout perform(Settings o, Settings s, Consumer<String> log) throws IOException {
    BenchResult r = run(BenchOptions.of(s, o), log);
    Path out = o.get(BenchOptions.OUT);
    return Printout.of(out == null ? List.of() : List.of("wrote " + writeJson(r, out)));
  }
}
