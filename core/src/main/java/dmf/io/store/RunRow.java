package dmf.io.store;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One run as stored in the {@link ResultsDb}: identity, status and three JSON-able maps.
 *
 * <p>The maps keep their insertion order and are unmodifiable copies. Values should be what JSON
 * can hold: strings, numbers, booleans, null, lists and nested maps. After a round trip through the
 * database, integers come back as {@link Integer} or {@link Long}, other numbers as {@link Double},
 * nested maps as {@link LinkedHashMap}, and non-finite doubles as the strings {@code "NaN"}, {@code
 * "Infinity"} and {@code "-Infinity"} (which {@link #summaryNumber} turns back into doubles).
 *
 * @param runId unique id of the run; not blank
 * @param sweep name of the sweep the run belongs to; null becomes {@code ""}
 * @param status lifecycle state, e.g. {@link #RUNNING}, {@link #COMPLETED}, {@link #FAILED}; not
 *     blank
 * @param settings the run's configuration; null becomes empty
 * @param summary final results; null becomes empty
 * @param provenance where and how the run was made (versions, host, seed, ...); null becomes empty
 * @param created creation time, ISO-8601 (e.g. {@code Instant.now().toString()}); null becomes
 *     {@code ""}
 */
public record RunRow(
    String runId,
    String sweep,
    String status,
    Map<String, Object> settings,
    Map<String, Object> summary,
    Map<String, Object> provenance,
    String created) {

  /** Status of a run that is still going. */
  public static final String RUNNING = "running";

  /** Status of a run that finished normally; see {@link ResultsDb#hasCompletedRun}. */
  public static final String COMPLETED = "completed";

  /** Status of a run that stopped with an error. */
  public static final String FAILED = "failed";

  /** Validates the ids and copies the maps. */
  public RunRow {
    Objects.requireNonNull(runId, "runId");
    Objects.requireNonNull(status, "status");
    if (runId.isBlank()) {
      throw new IllegalArgumentException("blank run id");
    }
    if (status.isBlank()) {
      throw new IllegalArgumentException("blank status for run " + runId);
    }
    sweep = sweep == null ? "" : sweep;
    created = created == null ? "" : created;
    settings = copy(settings);
    summary = copy(summary);
    provenance = copy(provenance);
  }

  /**
   * A numeric summary value.
   *
   * @param key the summary key
   * @return the value as a double; NaN if absent, null or not a number (strings {@code "NaN"},
   *     {@code "Infinity"}, {@code "-Infinity"} and other numeric strings are parsed)
   */
  public double summaryNumber(String key) {
    return number(summary.get(key));
  }

  /**
   * A stored value as a number.
   *
   * @param v a value of one of the maps
   * @return it as a double; NaN if null or not a number (numeric strings, including {@code "NaN"},
   *     {@code "Infinity"} and {@code "-Infinity"}, are parsed)
   */
  public static double number(Object v) {
    if (v instanceof Number n) {
      return n.doubleValue();
    }
    if (v instanceof String s) {
      try {
        return Double.parseDouble(s.trim());
      } catch (NumberFormatException e) {
        return Double.NaN;
      }
    }
    return Double.NaN;
  }

  /**
   * A setting's value.
   *
   * @param key the settings key
   * @return the value, or null if absent
   */
  public Object setting(String key) {
    return settings.get(key);
  }

  /**
   * Whether the status is {@link #COMPLETED}.
   *
   * @return true for a completed run
   */
  public boolean isCompleted() {
    return COMPLETED.equals(status);
  }

  /**
   * A copy with another summary.
   *
   * @param newSummary the new summary
   * @return the copy
   */
  public RunRow withSummary(Map<String, Object> newSummary) {
    return new RunRow(runId, sweep, status, settings, newSummary, provenance, created);
  }

  private static Map<String, Object> copy(Map<String, Object> map) {
    if (map == null || map.isEmpty()) {
      return Collections.emptyMap();
    }
    return Collections.unmodifiableMap(new LinkedHashMap<>(map));
  }
}
