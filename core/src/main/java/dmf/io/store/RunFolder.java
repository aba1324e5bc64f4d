package dmf.io.store;

import dmf.io.AtomicFiles;
import dmf.io.ConfigFiles;
import dmf.io.Json;
import dmf.io.npy.Npy;
import dmf.io.provenance.Provenance;
import dmf.linalg.Mat;
import dmf.linalg.Svd;
import dmf.metrics.Errors;
import dmf.metrics.Spectrum;
import dmf.problem.CompletionProblem;
import dmf.problem.IterationRecord;
import dmf.problem.Problem;
import dmf.problem.SolverResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A result folder: config.toml (every resolved setting), provenance.json, metrics.csv (one row per
 * logged iteration), summary.json and w.npy (the final product). Every file is written whole;
 * summary.json is written last, so its presence marks a complete run.
 */
public final class RunFolder {
  /** The file whose presence marks a completed run. */
  public static final String SUMMARY = "summary.json";

  private RunFolder() {}

  /**
   * The summary of a finished solve, with metrics recomputed in float64 from the solution.
   *
   * @param problem the problem solved
   * @param result the solver's result
   * @param topK how many singular values to list
   * @return ordered summary fields: train_loss, test_error, unobserved_error, relative_error,
   *     nuclear_norm, effective_rank, iterations, stop_reason, seconds, singular_values, then the
   *     solver's own scalar details (vector details go to files: see {@link #write})
   */
  public static Map<String, Object> summarize(Problem problem, SolverResult result, int topK) {
    Mat w = result.solution();
    double[] s = Svd.values(w);
    Map<String, Object> m = new LinkedHashMap<>();
    Object loss = result.details().get("train_loss");
    m.put("train_loss", loss instanceof Number ? loss : problem.loss(w));
    problem
        .groundTruth()
        .ifPresent(
            t -> {
              m.put("test_error", Errors.testError(w, t));
              if (problem instanceof CompletionProblem) {
                m.put(
                    "unobserved_error",
                    Errors.unobservedError(w, t, ((CompletionProblem) problem).observedMask()));
              }
              m.put("relative_error", Errors.relativeFrobeniusError(w, t));
              double[] st = Svd.values(t);
              m.put("truth_nuclear_norm", Spectrum.nuclearNorm(st));
              m.put("truth_effective_rank", Spectrum.effectiveRank(st));
            });
    m.put("nuclear_norm", Spectrum.nuclearNorm(s));
    m.put("effective_rank", Spectrum.effectiveRank(s));
    m.put("iterations", result.iterations());
    m.put("stop_reason", result.stopReason().label());
    m.put("seconds", result.seconds());
    m.put("singular_values", Spectrum.top(s, topK));
    for (Map.Entry<String, Object> e : result.details().entrySet()) {
      if (!(e.getValue() instanceof double[])) {
        m.putIfAbsent(e.getKey(), e.getValue());
      }
    }
    return m;
  }

  /**
   * Writes a complete run folder.
   *
   * @param dir the folder (created if needed)
   * @param config every resolved setting
   * @param provenance from {@link Provenance#of}
   * @param records the logged iterations
   * @param summary from {@link #summarize}
   * @param result the solver's result: its solution goes to w.npy and each vector detail (e.g. the
   *     nuclear-norm solver's dual) to {@code <name>.npy}
   */
  public static void write(
      Path dir,
      Map<String, Object> config,
      Map<String, Object> provenance,
      List<IterationRecord> records,
      Map<String, Object> summary,
      SolverResult result) {
    AtomicFiles.createDirectories(dir);
    ConfigFiles.writeToml(dir.resolve("config.toml"), config);
    Json.write(dir.resolve("provenance.json"), provenance);
    MetricsCsv.write(dir.resolve("metrics.csv"), records);
    Npy.writeMatrix(dir.resolve("w.npy"), result.solution());
    for (Map.Entry<String, Object> e : result.details().entrySet()) {
      if (e.getValue() instanceof double[]) {
        double[] v = (double[]) e.getValue();
        Npy.writeFloat64(dir.resolve(e.getKey() + ".npy"), new long[] {v.length}, v);
      }
    }
    Json.write(dir.resolve(SUMMARY), summary);
  }

  /**
   * @param dir a run folder
   * @return whether it holds a complete run
   */
  public static boolean isComplete(Path dir) {
    return Files.isRegularFile(dir.resolve(SUMMARY));
  }
}
