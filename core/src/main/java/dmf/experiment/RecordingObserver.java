package dmf.experiment;

import dmf.problem.IterationRecord;
import dmf.problem.SolveObserver;
import java.util.ArrayList;
import java.util.List;

/** Keeps every logged record and forwards all events to another observer. */
public final class RecordingObserver implements SolveObserver {
  private final SolveObserver next;
  private final List<IterationRecord> records = new ArrayList<>();

  /**
   * @param next receives every event too (use {@link SolveObserver#NONE} for none)
   */
  public RecordingObserver(SolveObserver next) {
    this.next = next;
  }

  @Override
  public void onProgress(long iteration, long maxIterations, double loss, double seconds) {
    next.onProgress(iteration, maxIterations, loss, seconds);
  }

  @Override
  public void onRecord(IterationRecord record) {
    records.add(record);
    next.onRecord(record);
  }

  @Override
  public boolean stopRequested() {
    return next.stopRequested();
  }

  /**
   * @return the records so far, in order
   */
  public List<IterationRecord> records() {
    return List.copyOf(records);
  }
}
