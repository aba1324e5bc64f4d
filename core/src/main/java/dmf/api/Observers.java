package dmf.api;

import dmf.problem.IterationRecord;
import dmf.problem.SolveObserver;
import java.util.function.Consumer;

/** Observers for the common cases, so that a lambda can watch a run. */
public final class Observers {
  /** Ignores everything. */
  public static final SolveObserver NONE = SolveObserver.NONE;

  private Observers() {}

  /**
   * @param action receives each logged record (iteration, metrics, top singular values)
   * @return an observer that passes every logged record to {@code action}
   */
  public static SolveObserver onRecord(Consumer<IterationRecord> action) {
    return new SolveObserver() {
      @Override
      public void onRecord(IterationRecord record) {
        action.accept(record);
      }
    };
  }
}
