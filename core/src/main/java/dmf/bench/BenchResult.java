package dmf.bench;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@link Benchmark} measured.
 *
 * @param gemm100 precision → GEMM GFLOP/s at 100³
 * @param gemm943 precision → GEMM GFLOP/s at 943³
 * @param cases the timed cases
 * @param timeToSolution solver → its time-to-solution summary (empty when not run)
 */
public record BenchResult(
    Map<String, Double> gemm100,
    Map<String, Double> gemm943,
    List<BenchCase> cases,
    Map<String, Object> timeToSolution) {

  /** Copies the collections. */
  public BenchResult {
    gemm100 = Collections.unmodifiableMap(new LinkedHashMap<>(gemm100));
    gemm943 = Collections.unmodifiableMap(new LinkedHashMap<>(gemm943));
    cases = List.copyOf(cases);
    timeToSolution = Collections.unmodifiableMap(new LinkedHashMap<>(timeToSolution));
  }

  /**
   * @return the result as bench.json writes it
   */
  public Map<String, Object> toMap() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("gemm_gflops_100", gemm100);
    m.put("gemm_gflops_943", gemm943);
    m.put("cases", cases.stream().map(BenchCase::toMap).toList());
    if (!timeToSolution.isEmpty()) {
      m.put("time_to_solution", timeToSolution);
    }
    return m;
  }
}
