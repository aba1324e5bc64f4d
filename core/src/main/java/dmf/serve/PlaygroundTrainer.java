package dmf.serve;

import dmf.base.UserInputException;
import dmf.experiment.RunExecutor;
import dmf.experiment.RunOutcome;
import dmf.experiment.RunSettings;
import dmf.experiment.RunSpec;
import dmf.io.Json;
import dmf.io.store.ResultsDb;
import dmf.problem.SolveObserver;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The playground's only contact with the run path, the same one the command line uses: settings
 * resolution, the run executor that trains and writes a run folder, and the sweep's storing of a
 * finished run in results.db. The playground folder is laid out like a sweep (sweep.json,
 * results.db, runs/ID/), so {@code dmf results list} reads it.
 */
final class PlaygroundTrainer {
  private PlaygroundTrainer() {}

  /**
   * @param raw settings from {@link PlaygroundForm#settings}
   * @return the resolved run (every setting validated and filled in)
   * @throws UserInputException for a bad value
   */
  static RunSpec resolve(Map<String, Object> raw) {
    return RunSettings.resolve(raw, true, null);
  }

  /**
   * Adds a run to the playground's run list (sweep.json), unless it is already there.
   *
   * @param folder the playground folder
   * @param run the run
   */
  static synchronized void register(Path folder, RunSpec run) {
    Path file = folder.resolve(Layout.SWEEP_JSON);
    List<Map<String, Object>> list = new ArrayList<>();
    for (var r : new StoredFiles().planned(file)) {
      if (r.runId().equals(run.id())) {
        return;
      }
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("run_id", r.runId());
      m.put("settings", r.settings());
      list.add(m);
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("run_id", run.id());
    m.put("settings", run.settings());
    list.add(m);
    Json.write(file, list);
  }

  /**
   * Trains a run through the one run path, writes its folder and records it in the playground's
   * results database.
   *
   * @param folder the playground folder
   * @param run the run
   * @param dir its run folder
   * @param observer receives the records as they are logged
   * @return the summary (stop reason "failed" with the error when the run threw)
   */
  static Map<String, Object> train(Path folder, RunSpec run, Path dir, SolveObserver observer) {
    RunOutcome o = RunExecutor.execute(run, dir, observer, false);
    try (ResultsDb db = ResultsDb.open(folder.resolve(ResultsDb.FILE_NAME))) {
      db.insertMetrics(run.id(), o.metrics());
      db.upsertRun(o.row());
    }
    return o.summary();
  }
}
