package dmf.experiment;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Counts what a sweep invocation has done and reports it to a {@link SweepRunner.Listener}, with
 * the elapsed time and an estimate of the time to go; every engine reports through one. Safe to
 * share between threads.
 */
public final class SweepProgress {
  private final int total;
  private final SweepRunner.Listener listener;
  private final long t0 = System.nanoTime();
  private final Map<String, RunFailure> failures = new LinkedHashMap<>();
  private int done;
  private int executed;

  /**
   * Starts counting and reports the runs found done.
   *
   * @param total runs in the sweep
   * @param pending runs to execute in this invocation
   * @param listener receives each report
   */
  public SweepProgress(int total, int pending, SweepRunner.Listener listener) {
    this.total = total;
    this.done = total - pending;
    this.listener = listener;
    listener.progress(done, total, 0, 0, Double.NaN, "");
  }

  /**
   * Counts a run executed in this invocation and reports it.
   *
   * @param runId the run
   * @param stopReason its stop reason
   * @param failure why it failed, or empty
   */
  public synchronized void finished(String runId, Object stopReason, Optional<RunFailure> failure) {
    failure.ifPresent(f -> failures.put(runId, f));
    done++;
    executed++;
    double elapsed = (System.nanoTime() - t0) * 1e-9;
    double eta = elapsed / executed * (total - done);
    listener.progress(done, total, failures.size(), elapsed, eta, runId + " " + stopReason);
  }

  /**
   * @return whether some run of this invocation failed
   */
  public synchronized boolean anyFailed() {
    return !failures.isEmpty();
  }

  /**
   * @return what this invocation did so far
   */
  public synchronized SweepRunner.Result result() {
    return new SweepRunner.Result(total, executed, failures);
  }
}
