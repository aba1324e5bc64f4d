package dmf.problem;

import dmf.linalg.Mat;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a solver returns.
 *
 * @param solution the recovered matrix W
 * @param stopReason why it stopped
 * @param iterations iterations taken
 * @param seconds wall time of the solve
 * @param details solver-specific scalars or strings (e.g. duality gap, gradient evaluations)
 */
public record SolverResult(
    Mat solution,
    StopReason stopReason,
    long iterations,
    double seconds,
    Map<String, Object> details) {

  /** Copies the details map so that the record is immutable. */
  public SolverResult {
    details = Collections.unmodifiableMap(new LinkedHashMap<>(details));
  }
}
