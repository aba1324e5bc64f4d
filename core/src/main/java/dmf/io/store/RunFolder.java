package dmf.io.store;

import dmf.base.UserInputException;
import dmf.io.AtomicFiles;
import dmf.io.ConfigFiles;
import dmf.io.Json;
import dmf.io.OutputPaths;
import dmf.io.npy.Npy;
import dmf.linalg.Mat;
import dmf.problem.IterationRecord;
import dmf.problem.SolverResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A result folder: {@code config.toml} (every resolved setting) and {@code provenance.json} written
 * when the run starts; {@code metrics.csv} growing by whole, flushed lines as records are logged
 * (so a watcher sees a run that is training); then at the end {@code w.npy} (the solution, when the
 * result holds it formed), one {@code <name>.npy} per vector detail, {@code factors/A1.npy …} when
 * asked or when the result is held by its factors only (a model too large to form), the final
 * provenance, the complete metrics.csv rewritten whole, and last {@code summary.json}, whose
 * presence marks a complete run. Every file but the growing metrics.csv is written whole (temp
 * file, then rename).
 */
public final class RunFolder {
  /** The file whose presence marks a completed run. */
  public static final String SUMMARY = "summary.json";

  /** The settings file. */
  public static final String CONFIG = "config.toml";

  /** The provenance file. */
  public static final String PROVENANCE = "provenance.json";

  /** The metrics file. */
  public static final String METRICS = "metrics.csv";

  private final Path dir;
  private final List<IterationRecord> records = new ArrayList<>();
  private final MetricsCsv.Appender metrics;

  private RunFolder(Path dir) {
    this.dir = dir;
    this.metrics = new MetricsCsv.Appender(dir.resolve(METRICS));
  }

  /**
   * Starts a run folder: removes what an interrupted earlier attempt left, writes config.toml and
   * the provenance known at the start. The folder must not be a file, an instance folder or a sweep
   * folder.
   *
   * @param dir the folder (created if needed)
   * @param config every resolved setting
   * @param provenance the provenance at the start
   * @return the open folder
   * @throws UserInputException when the folder is of another kind or not writable
   */
  public static RunFolder begin(
      Path dir, Map<String, Object> config, Map<String, Object> provenance) {
    OutputPaths.requireFolder(dir, "result folder", OutputPaths.RUN_FOLDER, "a run's results");
    AtomicFiles.createDirectories(dir);
    AtomicFiles.deleteIfExists(dir.resolve(SUMMARY));
    AtomicFiles.deleteIfExists(dir.resolve(METRICS));
    ConfigFiles.writeToml(dir.resolve(CONFIG), config);
    Json.write(dir.resolve(PROVENANCE), provenance);
    return new RunFolder(dir);
  }

  /**
   * Appends a logged record to metrics.csv (one flushed line).
   *
   * @param r the record
   */
  public synchronized void record(IterationRecord r) {
    records.add(r);
    metrics.append(r);
  }

  /**
   * @return the records logged so far
   */
  public synchronized List<IterationRecord> records() {
    return List.copyOf(records);
  }

  /**
   * Completes the folder; summary.json is written last.
   *
   * @param result the solver's result: its formed solution goes to w.npy, each vector detail to
   *     {@code <name>.npy}; the factors of a result without a formed solution always go to
   *     factors/A1.npy …
   * @param factors the solution's factors to write as factors/A1.npy …, or an empty list
   * @param summary the summary
   * @param provenance the final provenance
   */
  public synchronized void finish(
      SolverResult result,
      List<Mat> factors,
      Map<String, Object> summary,
      Map<String, Object> provenance) {
    metrics.close();
    MetricsCsv.write(dir.resolve(METRICS), records);
    result.formed().ifPresent(w -> Npy.writeMatrix(dir.resolve("w.npy"), w));
    List<Mat> toWrite = result.formed().isEmpty() ? result.factors() : factors;
    for (Map.Entry<String, Object> e : result.details().entrySet()) {
      if (e.getValue() instanceof double[] v) {
        Npy.writeFloat64(dir.resolve(e.getKey() + ".npy"), new long[] {v.length}, v);
      }
    }
    if (!toWrite.isEmpty()) {
      Path f = dir.resolve("factors");
      AtomicFiles.createDirectories(f);
      for (int j = 0; j < toWrite.size(); j++) {
        Npy.writeMatrix(f.resolve("A" + (j + 1) + ".npy"), toWrite.get(j));
      }
    }
    Json.write(dir.resolve(PROVENANCE), provenance);
    Json.write(dir.resolve(SUMMARY), summary);
  }

  /**
   * Completes the folder of a run that failed: the metrics so far, the provenance, and a summary
   * with stop reason "failed" and the error.
   *
   * @param summary the failure summary
   * @param provenance the final provenance
   * @param detail a stack trace for error.txt, or empty
   */
  public synchronized void fail(
      Map<String, Object> summary, Map<String, Object> provenance, String detail) {
    metrics.close();
    if (!detail.isEmpty()) {
      AtomicFiles.writeString(dir.resolve("error.txt"), detail);
    }
    MetricsCsv.write(dir.resolve(METRICS), records);
    Json.write(dir.resolve(PROVENANCE), provenance);
    Json.write(dir.resolve(SUMMARY), summary);
  }

  /**
   * Reads a complete run folder back, for importing it into a results database that missed it.
   *
   * @param dir a complete run folder
   * @param runId the run's id
   * @param sweep the sweep it belongs to
   * @param settings its settings
   * @return the row and the metric series
   */
  public static Stored load(Path dir, String runId, String sweep, Map<String, Object> settings) {
    Map<String, Object> summary = Json.readObject(dir.resolve(SUMMARY));
    Path prov = dir.resolve(PROVENANCE);
    Map<String, Object> provenance = Files.exists(prov) ? Json.readObject(prov) : Map.of();
    String status = "failed".equals(summary.get("stop_reason")) ? RunRow.FAILED : RunRow.COMPLETED;
    RunRow row =
        new RunRow(runId, sweep, status, settings, summary, provenance, Instant.now().toString());
    return new Stored(row, MetricsCsv.read(dir.resolve(METRICS)));
  }

  /**
   * A run read back from its folder.
   *
   * @param row the row for the results store
   * @param metrics the metric series
   */
  public record Stored(RunRow row, List<MetricRow> metrics) {}

  /**
   * @param sweepDir a sweep folder
   * @param runId a run id
   * @return the folder of that run in the sweep folder: {@code runs/<id>}
   */
  public static Path inSweep(Path sweepDir, String runId) {
    return sweepDir.resolve("runs").resolve(runId);
  }

  /**
   * @param dir a run folder
   * @return whether it holds a complete run
   */
  public static boolean isComplete(Path dir) {
    return Files.isRegularFile(dir.resolve(SUMMARY));
  }
}
