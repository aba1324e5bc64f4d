package dmf.io.store;

import java.util.Objects;

/**
 * One metric value of a run at one iteration, as stored in the {@link ResultsDb}.
 *
 * @param iteration the iteration (step) the value belongs to
 * @param name the metric name, e.g. {@code "loss"}; not blank
 * @param value the value; NaN and infinities are kept
 */
public record MetricRow(long iteration, String name, double value) {

  /** Validates the name. */
  public MetricRow {
    Objects.requireNonNull(name, "name");
    if (name.isBlank()) {
      throw new IllegalArgumentException("blank metric name");
    }
  }
}
