package dmf.experiment;

import dmf.deep.FactorObserver;
import dmf.io.data.Checkpoint;
import dmf.linalg.Mat;
import dmf.problem.IterationRecord;
import dmf.problem.SolveObserver;
import java.nio.file.Path;
import java.util.List;

/**
 * Keeps a killed run's progress: at logged iterates, at most once per {@code everySeconds}, writes
 * the latest factors and, when the score improved (held-out RMSE when the problem holds entries
 * out, else the train loss), the best factors into the run folder ({@link Checkpoint}). Passes
 * every event on, the factors included when the next observer wants them.
 */
final class Checkpointer implements FactorObserver {
  private final Path run;
  private final SolveObserver next;
  private final long everyNanos;
  private long lastWrite = Long.MIN_VALUE;
  private double score = Double.NaN;
  private double best = Double.POSITIVE_INFINITY;
  private List<Mat> pendingBest;
  private long pendingBestAt = -1;

  Checkpointer(Path run, SolveObserver next, double everySeconds) {
    this.run = run;
    this.next = next;
    this.everyNanos = (long) (everySeconds * 1e9);
  }

  @Override
  public void onProgress(long iteration, long maxIterations, double loss, double seconds) {
    next.onProgress(iteration, maxIterations, loss, seconds);
  }

  @Override
  public void onRecord(IterationRecord record) {
    Double heldOut = record.scalars().get("heldout_rmse");
    score = heldOut != null ? heldOut : record.scalars().getOrDefault("train_loss", Double.NaN);
    next.onRecord(record);
  }

  @Override
  public boolean stopRequested() {
    return next.stopRequested();
  }

  @Override
  public boolean onFactors(long iteration, List<Mat> factors) {
    if (score < best) {
      best = score;
      pendingBest = factors;
      pendingBestAt = iteration;
    }
    long now = System.nanoTime();
    if (lastWrite == Long.MIN_VALUE || now - lastWrite >= everyNanos) {
      flush(iteration, factors);
      lastWrite = now;
    }
    return next instanceof FactorObserver fo && fo.onFactors(iteration, factors);
  }

  private void flush(long iteration, List<Mat> factors) {
    Checkpoint.write(run, "latest", new Checkpoint(iteration, score, factors));
    flushBest();
  }

  /** Writes the best factors seen, if they are not written yet (at the end of a run). */
  void flushBest() {
    if (pendingBest != null) {
      Checkpoint.write(run, "best", new Checkpoint(pendingBestAt, best, pendingBest));
      pendingBest = null;
    }
  }
}
