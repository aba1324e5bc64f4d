package dmf.experiment;

import dmf.deep.DeepMatrixFactorization;
import dmf.deep.TrainingConfig;
import dmf.deep.TrainingResult;
import dmf.io.data.FactorFiles;
import dmf.io.provenance.Provenance;
import dmf.io.store.RunFolder;
import dmf.linalg.Mat;
import dmf.problem.Problem;
import dmf.problem.SolveObserver;
import dmf.problem.SolverResult;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One deep-factorization training run written to a result folder: the shared path of {@code dmf
 * train}, the demo, sweeps and reproductions.
 *
 * @param problem the problem
 * @param config the training settings
 * @param initialFactors starting factors, or null to draw them from {@code config}
 * @param context extra settings recorded in config.toml (instance path, init_from, …)
 * @param saveFactors also write the final factors as factors/A1.npy … AN.npy
 */
public record TrainingRun(
    Problem problem,
    TrainingConfig config,
    List<Mat> initialFactors,
    Map<String, Object> context,
    boolean saveFactors) {

  /** Copies the inputs. */
  public TrainingRun {
    initialFactors = initialFactors == null ? null : List.copyOf(initialFactors);
    context = new LinkedHashMap<>(context);
  }

  /**
   * Trains and writes the folder.
   *
   * @param out the result folder
   * @param observer receives progress and records
   * @return the summary written to summary.json
   */
  public Outcome execute(Path out, SolveObserver observer) {
    Instant start = Instant.now();
    RecordingObserver rec = new RecordingObserver(observer);
    TrainingResult result = new DeepMatrixFactorization(config, initialFactors).train(problem, rec);
    SolverResult solved = result.toSolverResult();
    Map<String, Object> summary = RunFolder.summarize(problem, solved, Math.max(config.topK(), 10));
    summary.put("depth", config.depth());
    summary.put("kind", problem.kind());
    summary.put("observations", problem.observationCount());
    Map<String, Object> settings = resolvedSettings();
    if (saveFactors) {
      FactorFiles.write(out.resolve("factors"), result.factors());
    }
    RunFolder.write(
        out,
        settings,
        Provenance.of(config.seed(), start, Instant.now()),
        rec.records(),
        summary,
        solved);
    return new Outcome(result, summary, out);
  }

  /**
   * @return every setting of the run: the context, the problem shape, then the training config
   */
  public Map<String, Object> resolvedSettings() {
    Map<String, Object> m = new LinkedHashMap<>(context);
    m.put("kind", problem.kind());
    m.put("rows", (long) problem.rows());
    m.put("cols", (long) problem.cols());
    m.put("observations", (long) problem.observationCount());
    m.putAll(config.toMap());
    return m;
  }

  /**
   * @param result the training result
   * @param summary what summary.json holds
   * @param folder where the run was written
   */
  public record Outcome(TrainingResult result, Map<String, Object> summary, Path folder) {}
}
