package dmf.experiment;

import dmf.io.Json;
import dmf.io.store.MetricRow;
import dmf.io.store.ResultsDb;
import dmf.io.store.RunFolder;
import dmf.io.store.RunRow;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A sweep folder as every sweep engine writes it: {@code sweep.json} (the run index), {@code
 * runs/<id>/} per run and {@code results.db} beside them. It decides which runs are done (the one
 * resume rule: a run folder that holds a summary whose stop reason is not "failed") and records
 * what a run returned. Safe to share between threads.
 */
public final class SweepFolder implements AutoCloseable {
  private final Path out;
  private final ResultsDb db;

  private SweepFolder(Path out, ResultsDb db) {
    this.out = out;
    this.db = db;
  }

  /**
   * Opens a sweep folder (created if needed) and writes its run index, sweep.json.
   *
   * @param out the sweep folder
   * @param runs the expanded sweep
   * @return the open folder; close it when done
   */
  public static SweepFolder open(Path out, List<RunSpec> runs) {
    List<Map<String, Object>> index = new ArrayList<>();
    for (RunSpec r : runs) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("run_id", r.id());
      m.put("settings", r.settings());
      index.add(m);
    }
    Json.write(out.resolve("sweep.json"), index);
    return new SweepFolder(out, ResultsDb.open(out.resolve(ResultsDb.FILE_NAME)));
  }

  /**
   * @param out a sweep folder
   * @param id a run id
   * @return the folder of that run
   */
  public static Path runFolder(Path out, String id) {
    return RunFolder.inSweep(out, id);
  }

  /**
   * @param id a run id
   * @return the folder of that run in this sweep folder
   */
  public Path runFolder(String id) {
    return runFolder(out, id);
  }

  /**
   * The runs still to execute; a done run that the database missed (the sweep was killed between
   * the folder and the database) is imported on the way.
   *
   * @param runs the expanded sweep
   * @return the runs that are not done, in the given order
   */
  public List<RunSpec> pending(List<RunSpec> runs) {
    List<RunSpec> todo = new ArrayList<>();
    for (RunSpec r : runs) {
      Path f = runFolder(r.id());
      if (RunFolder.isComplete(f) && !"failed".equals(stopReason(f))) {
        if (!db.hasCompletedRun(r.id())) {
          RunFolder.Stored s = RunFolder.load(f, r.id(), sweepOf(r), r.settings());
          record(s.row(), s.metrics());
        }
      } else {
        todo.add(r);
      }
    }
    return todo;
  }

  /**
   * Records a run in the database (idempotent: a second record of the same run replaces the first).
   *
   * @param row the run's row
   * @param metrics its metric series
   */
  public void record(RunRow row, List<MetricRow> metrics) {
    db.insertMetrics(row.runId(), metrics);
    db.upsertRun(row);
  }

  /** Closes the database. */
  @Override
  public void close() {
    db.close();
  }

  /**
   * @param r a run
   * @return the name of the sweep it belongs to, or ""
   */
  static String sweepOf(RunSpec r) {
    Object s = r.tags().get(RunSettings.SWEEP.key());
    return s == null ? "" : s.toString();
  }

  private static String stopReason(Path folder) {
    Object s = Json.readObject(folder.resolve(RunFolder.SUMMARY)).get("stop_reason");
    return s == null ? "" : s.toString();
  }
}
