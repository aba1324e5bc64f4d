package dmf.problem;

/**
 * Receives what a running solver publishes. Library code never prints; the command line attaches an
 * observer that draws progress and writes metrics.
 */
public interface SolveObserver {
  /** An observer that ignores everything. */
  SolveObserver NONE = new SolveObserver() {};

  /**
   * Called often (every few hundred milliseconds at most) with cheap progress information.
   *
   * @param iteration steps taken so far
   * @param maxIterations the iteration budget
   * @param loss the current objective or training loss
   * @param seconds wall time since the solve started
   */
  default void onProgress(long iteration, long maxIterations, double loss, double seconds) {}

  /**
   * Called at each logging interval with a full record of metrics.
   *
   * @param record the metrics of one iteration
   */
  default void onRecord(IterationRecord record) {}

  /**
   * Lets the observer stop the solve early (checked at progress points).
   *
   * @return true to stop with stop reason "interrupted"
   */
  default boolean stopRequested() {
    return false;
  }
}
