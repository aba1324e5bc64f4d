package dmf.serve;

import dmf.io.store.RunRow;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One run as the dashboard shows it.
 *
 * @param id the served id of its run folder (the folder need not exist yet)
 * @param name the run's own id (the folder's name)
 * @param collection the id of the collection it belongs to
 * @param dir its run folder
 * @param status one of {@link RunRow#COMPLETED}, {@link RunRow#FAILED}, {@link RunRow#RUNNING},
 *     {@link #STALLED}, {@link #PENDING}, {@link #QUEUED}
 * @param settings every setting known for it
 * @param summary its summary (empty until it finishes)
 * @param provenance where and how it was made (empty until known)
 */
record RunEntry(
    String id,
    String name,
    String collection,
    Path dir,
    String status,
    Map<String, Object> settings,
    Map<String, Object> summary,
    Map<String, Object> provenance) {

  /** A run folder without a summary that nothing has written to for a while. */
  static final String STALLED = "stalled";

  /** A run of a sweep's list that has not started. */
  static final String PENDING = "pending";

  /** A playground run waiting for the one before it. */
  static final String QUEUED = "queued";

  /** Copies the maps. */
  RunEntry {
    settings = copy(settings);
    summary = copy(summary);
    provenance = copy(provenance);
  }

  private static Map<String, Object> copy(Map<String, Object> m) {
    Map<String, Object> out = new LinkedHashMap<>();
    if (m != null) {
      m.forEach((k, v) -> out.put(k, v == null ? "" : v));
    }
    return Collections.unmodifiableMap(out);
  }

  /**
   * A column's value: {@code status} and {@code run} name the run itself; any other name is a
   * setting, else a summary value ({@code settings.NAME} and {@code summary.NAME} choose).
   *
   * @param column the column name
   * @return the value, or null when the run has none
   */
  Object value(String column) {
    switch (column) {
      case "status":
        return status;
      case "run":
        return name;
      default:
        if (column.startsWith("settings.")) {
          return settings.get(column.substring("settings.".length()));
        }
        if (column.startsWith("summary.")) {
          return summary.get(column.substring("summary.".length()));
        }
        Object v = settings.get(column);
        return v != null ? v : summary.get(column);
    }
  }

  /**
   * @return whether the run has finished, well or not
   */
  boolean finished() {
    return status.equals(RunRow.COMPLETED) || status.equals(RunRow.FAILED);
  }
}
