package dmf.problem;

import dmf.linalg.Mat;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a solver returns.
 *
 * @param solution the recovered matrix W
 * @param stopReason why it stopped
 * @param iterations iterations taken
 * @param seconds wall time of the solve
 * @param details solver-specific scalars or strings (e.g. duality gap, gradient evaluations) and
 *     vectors (double[], e.g. a dual solution)
 * @param factors the factors W_1..W_N of the solution when the solver has them, else empty
 */
public record SolverResult(
    Mat solution,
    StopReason stopReason,
    long iterations,
    double seconds,
    Map<String, Object> details,
    List<Mat> factors) {

  /** Copies the details map and the factor list so that the record is immutable. */
  public SolverResult {
    details = Collections.unmodifiableMap(new LinkedHashMap<>(details));
    factors = List.copyOf(factors);
  }

  /**
   * A result without factors.
   *
   * @param solution the recovered matrix W
   * @param stopReason why it stopped
   * @param iterations iterations taken
   * @param seconds wall time of the solve
   * @param details solver-specific details
   */
  public SolverResult(
      Mat solution,
      StopReason stopReason,
      long iterations,
      double seconds,
      Map<String, Object> details) {
    this(solution, stopReason, iterations, seconds, details, List.of());
  }
}
