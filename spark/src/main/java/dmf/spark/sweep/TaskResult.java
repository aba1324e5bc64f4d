package dmf.spark.sweep;

import com.fasterxml.jackson.core.JsonProcessingException;
import dmf.experiment.RunFailure;
import dmf.experiment.RunOutcome;
import dmf.io.JsonMaps;
import dmf.io.store.MetricRow;
import dmf.io.store.RunRow;
import java.io.Serial;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a run's task sends back to the driver: the results-store row (its maps as the JSON text the
 * database stores), the metric series, the failure if any, the run folder's files, and where it
 * ran. Plain arrays and strings, so that Java serialization carries every value exactly.
 */
final class TaskResult implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  private final String runId;
  private final String sweep;
  private final String status;
  private final String settings;
  private final String summary;
  private final String provenance;
  private final String created;
  private final long[] iterations;
  private final String[] names;
  private final double[] values;
  private final String[] fileNames;
  private final byte[][] fileBytes;
  private final String[] failure;
  private final String executor;

  private TaskResult(RunOutcome o, Map<String, byte[]> files, String executor) {
    RunRow row = o.row();
    runId = row.runId();
    sweep = row.sweep();
    status = row.status();
    settings = JsonMaps.write(row.settings());
    summary = JsonMaps.write(row.summary());
    provenance = JsonMaps.write(row.provenance());
    created = row.created();
    List<MetricRow> m = o.metrics();
    iterations = new long[m.size()];
    names = new String[m.size()];
    values = new double[m.size()];
    for (int i = 0; i < m.size(); i++) {
      iterations[i] = m.get(i).iteration();
      names[i] = m.get(i).name();
      values[i] = m.get(i).value();
    }
    fileNames = files.keySet().toArray(new String[0]);
    fileBytes = files.values().toArray(new byte[0][]);
    failure =
        o.error()
            .map(f -> new String[] {Boolean.toString(f.userError()), f.message(), f.detail()})
            .orElse(null);
    this.executor = executor;
  }

  /**
   * @param outcome what the run path returned
   * @param files the run folder's files, as {@link FolderFiles#read} gives them
   * @param executor where it ran (executor id and host)
   * @return the result to send back
   */
  static TaskResult of(RunOutcome outcome, Map<String, byte[]> files, String executor) {
    return new TaskResult(outcome, files, executor);
  }

  /**
   * @return the run's id
   */
  String runId() {
    return runId;
  }

  /**
   * @return the row for the results store
   */
  RunRow row() {
    return new RunRow(runId, sweep, status, map(settings), map(summary), map(provenance), created);
  }

  /**
   * @return the metric series
   */
  List<MetricRow> metrics() {
    List<MetricRow> rows = new ArrayList<>(values.length);
    for (int i = 0; i < values.length; i++) {
      rows.add(new MetricRow(iterations[i], names[i], values[i]));
    }
    return rows;
  }

  /**
   * @return the run folder's files by relative path, summary.json last
   */
  Map<String, byte[]> files() {
    Map<String, byte[]> files = new LinkedHashMap<>();
    for (int i = 0; i < fileNames.length; i++) {
      files.put(fileNames[i], fileBytes[i]);
    }
    return files;
  }

  /**
   * @return why the run failed, or empty
   */
  Optional<RunFailure> failure() {
    return failure == null
        ? Optional.empty()
        : Optional.of(new RunFailure(Boolean.parseBoolean(failure[0]), failure[1], failure[2]));
  }

  /**
   * @return the run's stop reason
   */
  Object stopReason() {
    return row().summary().get("stop_reason");
  }

  /**
   * @return where the run executed: executor id and host
   */
  String executor() {
    return executor;
  }

  private Map<String, Object> map(String json) {
    try {
      return JsonMaps.read(json);
    } catch (JsonProcessingException ex) {
      throw new UncheckedIOException("run " + runId + ": unreadable result", ex);
    }
  }
}
