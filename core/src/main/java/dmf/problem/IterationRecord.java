package dmf.problem;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Metrics of one logged iteration: named scalars in a stable order (written as the columns of
 * metrics.csv) and the leading singular values of the current solution.
 *
 * @param iteration the iteration (optimizer steps taken before this point)
 * @param seconds wall time since the solve started
 * @param scalars named values, e.g. "train_loss", "test_error", "nuclear_norm"
 * @param singularValues the top singular values, descending (may be empty)
 */
public record IterationRecord(
    long iteration, double seconds, Map<String, Double> scalars, double[] singularValues) {

  /** Copies the inputs so that the record is immutable. */
  public IterationRecord {
    scalars = Collections.unmodifiableMap(new LinkedHashMap<>(scalars));
    singularValues = singularValues.clone();
  }

  /**
   * @param name a scalar's name
   * @return its value, or NaN when absent
   */
  public double get(String name) {
    Double v = scalars.get(name);
    return v == null ? Double.NaN : v;
  }
}
