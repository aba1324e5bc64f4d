package dmf.experiment;

import dmf.deep.DeepMatrixFactorization;
import dmf.deep.FactorObserver;
import dmf.deep.MetricsLevel;
import dmf.io.data.Checkpoint;
import dmf.io.provenance.Provenance;
import dmf.io.store.MetricRow;
import dmf.io.store.RunFolder;
import dmf.io.store.RunRow;
import dmf.linalg.Mat;
import dmf.metrics.RunSummary;
import dmf.problem.HonestStop;
import dmf.problem.IterationRecord;
import dmf.problem.Problem;
import dmf.problem.SolveObserver;
import dmf.problem.Solver;
import dmf.problem.SolverResult;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one run path of dmf, shared by {@code dmf train}, {@code dmf solve}, every sweep run and the
 * Java API: build the problem, solve with observers, summarize, write the run folder, and return
 * the row that the results store records (nothing written is read back).
 */
public final class RunExecutor {
  /** Singular values listed in a summary at least. */
  static final int SUMMARY_TOP_K = 10;

  /** Checkpoints of a large run are written at logged iterates at most this often. */
  static final double CHECKPOINT_SECONDS = 60;

  private RunExecutor() {}

  /**
   * Runs one resolved run into its folder. A run that throws is written as stop reason "failed"
   * with the message, so that a sweep records it and goes on; {@link RunOutcome#error} tells
   * whether the cause was a user mistake, the machine or dmf. A run read from disk is refused
   * before it solves when its memory cannot fit (synthetic runs are refused when they are
   * specified, see {@link RunSpec#of}); the solver's stop reason is checked by {@link HonestStop}.
   *
   * @param run the run (settings already validated)
   * @param folder its result folder
   * @param observer receives progress and records (besides the folder's metrics.csv)
   * @param saveFactors also write the solution's factors as factors/A1.npy …
   * @return the outcome
   * @throws RuntimeException when not even the failure can be written (e.g. a full disk): the
   *     folder is then left without a summary, so that a sweep executes the run again
   */
  public static RunOutcome execute(
      RunSpec run, Path folder, SolveObserver observer, boolean saveFactors) {
    return execute(run, folder, observer, saveFactors, false);
  }

  /**
   * Runs one resolved run into its folder, as {@link #execute(RunSpec, Path, SolveObserver,
   * boolean)}. A deep factorization too large to form W (more than {@link
   * MetricsLevel#AUTO_FULL_LIMIT} entries) writes checkpoints of its latest and best factors as it
   * trains ({@link Checkpoint}); with {@code resume}, a run whose folder holds a latest checkpoint
   * continues from it (iterations counted on, metrics.csv restarting at that iteration, the
   * optimizer's running averages afresh).
   *
   * @param run the run (settings already validated)
   * @param folder its result folder
   * @param observer receives progress and records (besides the folder's metrics.csv)
   * @param saveFactors also write the solution's factors as factors/A1.npy …
   * @param resume continue from the folder's latest checkpoint, when there is one
   * @return the outcome
   */
  public static RunOutcome execute(
      RunSpec run, Path folder, SolveObserver observer, boolean saveFactors, boolean resume) {
    Instant start = Instant.now();
    Map<String, Object> settings = run.settings();
    Optional<Checkpoint> from = resume ? Checkpoint.read(folder, "latest") : Optional.empty();
    RunFolder out =
        RunFolder.begin(
            folder, settings, Provenance.of(run.seed(), run.problemSeed(), start, null));
    SolveObserver both = new Tee(out, observer);
    try {
      Problem problem = run.createProblem();
      if (run.kind().shape(run.problem()).isEmpty()) {
        RunLimits.require(run, problem.rows(), problem.cols(), 0);
      }
      Solver solver = run.createSolver();
      Checkpointer checkpoints = null;
      if (solver instanceof DeepMatrixFactorization d) {
        if (from.isPresent()) {
          solver = d.resumingFrom(from.get().factors(), from.get().iteration());
        }
        if ((long) problem.rows() * problem.cols() > MetricsLevel.AUTO_FULL_LIMIT) {
          checkpoints = new Checkpointer(folder, both, CHECKPOINT_SECONDS);
        }
      }
      SolverResult result =
          HonestStop.check(
              problem, solver.solve(problem, checkpoints != null ? checkpoints : both));
      if (checkpoints != null) {
        checkpoints.flushBest();
      }
      Map<String, Object> summary = RunSummary.of(problem, result, topK(run));
      summary.put("run_id", run.id());
      Map<String, Object> provenance =
          Provenance.of(run.seed(), run.problemSeed(), start, Instant.now());
      out.finish(result, saveFactors ? result.factors() : List.of(), summary, provenance);
      return new RunOutcome(
          run,
          folder,
          row(run, RunRow.COMPLETED, settings, summary, provenance),
          metricRows(out.records()),
          Optional.of(result),
          Optional.empty());
    } catch (RuntimeException | OutOfMemoryError ex) {
      RunFailure failure = RunFailure.of(ex);
      Map<String, Object> summary = new LinkedHashMap<>();
      summary.put("run_id", run.id());
      summary.put("stop_reason", "failed");
      summary.put("error", failure.message());
      summary.put("error_kind", failure.cause().label());
      summary.put("seconds", (Instant.now().toEpochMilli() - start.toEpochMilli()) / 1e3);
      Map<String, Object> provenance =
          Provenance.of(run.seed(), run.problemSeed(), start, Instant.now());
      try {
        out.fail(summary, provenance, failure.detail());
      } catch (RuntimeException unwritable) {
        // The folder cannot take even the failure (a full disk): it stays incomplete, so a rerun
        // executes the run again, and the first cause is the one to report.
        if (ex instanceof RuntimeException first) {
          first.addSuppressed(unwritable);
          throw first;
        }
        unwritable.addSuppressed(ex);
        throw unwritable;
      }
      return new RunOutcome(
          run,
          folder,
          row(run, RunRow.FAILED, settings, summary, provenance),
          metricRows(out.records()),
          Optional.empty(),
          Optional.of(failure));
    }
  }

  private static int topK(RunSpec run) {
    Object k = run.solverSettings().values().get("top_k");
    return k instanceof Integer i ? Math.max(i, SUMMARY_TOP_K) : SUMMARY_TOP_K;
  }

  private static RunRow row(
      RunSpec run,
      String status,
      Map<String, Object> settings,
      Map<String, Object> summary,
      Map<String, Object> provenance) {
    Object sweep = run.tags().get(RunSettings.SWEEP.key());
    return new RunRow(
        run.id(),
        sweep == null ? "" : sweep.toString(),
        status,
        settings,
        summary,
        provenance,
        Instant.now().toString());
  }

  /** The logged records as (iteration, name, value) rows, seconds included. */
  static List<MetricRow> metricRows(List<IterationRecord> records) {
    List<MetricRow> rows = new ArrayList<>();
    for (IterationRecord r : records) {
      rows.add(new MetricRow(r.iteration(), "seconds", r.seconds()));
      for (Map.Entry<String, Double> e : r.scalars().entrySet()) {
        rows.add(new MetricRow(r.iteration(), e.getKey(), e.getValue()));
      }
    }
    return rows;
  }

  /** Sends every event to the run folder and to the caller's observer, factors included. */
  private record Tee(RunFolder folder, SolveObserver next) implements FactorObserver {
    @Override
    public boolean onFactors(long iteration, List<Mat> factors) {
      return next instanceof FactorObserver fo && fo.onFactors(iteration, factors);
    }

    @Override
    public void onProgress(long iteration, long maxIterations, double loss, double seconds) {
      next.onProgress(iteration, maxIterations, loss, seconds);
    }

    @Override
    public void onRecord(IterationRecord record) {
      folder.record(record);
      next.onRecord(record);
    }

    @Override
    public boolean stopRequested() {
      return next.stopRequested();
    }
  }
}
