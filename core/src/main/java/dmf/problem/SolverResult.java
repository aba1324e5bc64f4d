package dmf.problem;

import dmf.linalg.FactoredMatrix;
import dmf.linalg.Mat;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a solver returns: the recovered matrix W formed densely, or, for a factored model too large
 * to form, only its factors ({@link #factored}; then {@link #formed} is empty and {@link #solution}
 * forms W on request).
 *
 * @param formed the recovered matrix W, when formed
 * @param stopReason why it stopped
 * @param iterations iterations taken
 * @param seconds wall time of the solve
 * @param details solver-specific scalars or strings (e.g. duality gap, gradient evaluations) and
 *     vectors (double[], e.g. a dual solution)
 * @param factors the factors W_1..W_N of the solution when the solver has them, else empty
 */
public record SolverResult(
    Optional<Mat> formed,
    StopReason stopReason,
    long iterations,
    double seconds,
    Map<String, Object> details,
    List<Mat> factors) {

  /** Copies the details map and the factor list so that the record is immutable. */
  public SolverResult {
    details = Collections.unmodifiableMap(new LinkedHashMap<>(details));
    factors = List.copyOf(factors);
    if (formed.isEmpty() && factors.isEmpty()) {
      throw new IllegalArgumentException("a result needs W or its factors");
    }
  }

  /**
   * A result with W formed.
   *
   * @param solution the recovered matrix W
   * @param stopReason why it stopped
   * @param iterations iterations taken
   * @param seconds wall time of the solve
   * @param details solver-specific details
   * @param factors the factors of W, or an empty list
   */
  public SolverResult(
      Mat solution,
      StopReason stopReason,
      long iterations,
      double seconds,
      Map<String, Object> details,
      List<Mat> factors) {
    this(Optional.of(solution), stopReason, iterations, seconds, details, factors);
  }

  /**
   * A result held by the factors W_1..W_N of W = W_N⋯W_1 only.
   *
   * @param stopReason why it stopped
   * @param iterations iterations taken
   * @param seconds wall time of the solve
   * @param details solver-specific details
   * @param factors W_1..W_N
   * @return the result
   */
  public static SolverResult factored(
      StopReason stopReason,
      long iterations,
      double seconds,
      Map<String, Object> details,
      List<Mat> factors) {
    return new SolverResult(Optional.empty(), stopReason, iterations, seconds, details, factors);
  }

  /**
   * @return W: the formed matrix, or the product of the factors formed now (rows·cols entries)
   */
  public Mat solution() {
    return formed.orElseGet(() -> FactoredMatrix.of(factors).toDense());
  }

  /**
   * @return W held by its factors (formed W is not needed)
   */
  public FactoredMatrix factoredSolution() {
    return factors.isEmpty()
        ? FactoredMatrix.of(List.of(formed.get()))
        : FactoredMatrix.of(factors);
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
    this(Optional.of(solution), stopReason, iterations, seconds, details, List.of());
  }
}
