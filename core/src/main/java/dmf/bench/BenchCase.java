package dmf.bench;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * One timed case.
 *
 * @param name e.g. "completion 100x100 |Ω|=2000 depth 3"
 * @param precision float64 or float32
 * @param secondsPerIter dmf's seconds per iteration (one evaluation and one optimizer step)
 * @param gemmFlops GEMM flops of one evaluation
 * @param flops all flops of one evaluation
 * @param torchSecondsPerIter the PyTorch reference's seconds per iteration, or NaN
 * @param gemmBoundSeconds GEMM flops at the measured GEMM rate, or NaN
 */
public record BenchCase(
    String name,
    String precision,
    double secondsPerIter,
    double gemmFlops,
    double flops,
    double torchSecondsPerIter,
    double gemmBoundSeconds) {

  /**
   * @return achieved GFLOP/s
   */
  public double gflops() {
    return flops / secondsPerIter / 1e9;
  }

  /**
   * @return the table line of {@link Benchmark}
   */
  public String line() {
    boolean torch = !Double.isNaN(torchSecondsPerIter);
    return String.format(
        Locale.ROOT,
        "%-34s %-8s %10.3f %9.2f %10s %8s",
        name,
        precision,
        secondsPerIter * 1e3,
        gflops(),
        torch ? String.format(Locale.ROOT, "%.3f", torchSecondsPerIter * 1e3) : "-",
        torch ? String.format(Locale.ROOT, "%.2fx", secondsPerIter / torchSecondsPerIter) : "-");
  }

  /**
   * @return the case as bench.json writes it
   */
  public Map<String, Object> toMap() {
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("case", name);
    r.put("precision", precision);
    r.put("seconds_per_iter", secondsPerIter);
    r.put("gemm_flops", gemmFlops);
    r.put("flops", flops);
    r.put("gflops", gflops());
    if (!Double.isNaN(torchSecondsPerIter)) {
      r.put("torch_seconds_per_iter", torchSecondsPerIter);
      r.put("ratio_to_torch", secondsPerIter / torchSecondsPerIter);
    }
    if (!Double.isNaN(gemmBoundSeconds)) {
      r.put("gemm_bound_seconds", gemmBoundSeconds);
      r.put("ratio_to_gemm_bound", secondsPerIter / gemmBoundSeconds);
    }
    return r;
  }
}
