package dmf.experiment;

import dmf.io.ConfigFiles;
import dmf.io.provenance.Provenance;
import dmf.io.store.RunFolder;
import dmf.problem.Problem;
import dmf.problem.SolveObserver;
import dmf.problem.Solver;
import dmf.problem.SolverResult;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** Runs one resolved {@link RunSpec} and writes its result folder. */
public final class RunExecutor {
  private RunExecutor() {}

  /**
   * Builds the problem and solver, solves, and writes config.toml, provenance.json, metrics.csv,
   * w.npy and (last) summary.json. A run that throws is written as stop reason "failed" with the
   * message, so a sweep records it and goes on.
   *
   * @param run the run
   * @param folder its result folder
   * @param observer receives progress
   * @return the summary
   */
  public static Map<String, Object> execute(RunSpec run, Path folder, SolveObserver observer) {
    Instant start = Instant.now();
    Map<String, Object> settings = run.settings();
    long seed = Settings.integer(settings, "seed", 0);
    RecordingObserver rec = new RecordingObserver(observer);
    try {
      Problem problem = ProblemFactory.create(settings);
      Solver solver = Solvers.create(settings);
      SolverResult result = solver.solve(problem, rec);
      Map<String, Object> summary = RunFolder.summarize(problem, result, 10);
      summary.put("run_id", run.id());
      RunFolder.write(
          folder,
          new LinkedHashMap<>(settings),
          Provenance.of(seed, start, Instant.now()),
          rec.records(),
          summary,
          result);
      return summary;
    } catch (RuntimeException | OutOfMemoryError ex) {
      Map<String, Object> summary = new LinkedHashMap<>();
      summary.put("run_id", run.id());
      summary.put("stop_reason", "failed");
      summary.put("error", ex.getClass().getSimpleName() + ": " + ex.getMessage());
      summary.put("seconds", (Instant.now().toEpochMilli() - start.toEpochMilli()) / 1e3);
      dmf.io.AtomicFiles.createDirectories(folder);
      ConfigFiles.writeToml(folder.resolve("config.toml"), new LinkedHashMap<>(settings));
      dmf.io.Json.write(
          folder.resolve("provenance.json"), Provenance.of(seed, start, Instant.now()));
      dmf.io.Json.write(folder.resolve(RunFolder.SUMMARY), summary);
      return summary;
    }
  }
}
