package dmf.spark.sweep;

import dmf.experiment.SweepFolder;
import dmf.experiment.SweepProgress;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.apache.spark.FutureAction;
import scala.runtime.AbstractFunction2;
import scala.runtime.BoxedUnit;

/**
 * The driver's side of a sweep job: called by Spark once for each task that succeeds (a retried or
 * duplicated task's other attempts are never delivered), it writes the run folder and the database
 * row and reports progress. A run id seen twice is not recorded again. Without keep-going, the
 * first failed run cancels the job.
 */
final class Recorder extends AbstractFunction2<Object, TaskResult, BoxedUnit> {
  private final SweepFolder folder;
  private final SweepProgress progress;
  private final boolean keepGoing;
  private final Set<String> recorded = new HashSet<>();
  private final Map<String, String> executors = new LinkedHashMap<>();
  private FutureAction<?> job;
  private boolean cancelled;

  Recorder(SweepFolder folder, SweepProgress progress, boolean keepGoing) {
    this.folder = folder;
    this.progress = progress;
    this.keepGoing = keepGoing;
  }

  @Override
  public synchronized BoxedUnit apply(Object partition, TaskResult r) {
    if (!recorded.add(r.runId())) {
      return BoxedUnit.UNIT;
    }
    FolderFiles.write(folder.runFolder(r.runId()), r.files());
    folder.record(r.row(), r.metrics());
    executors.put(r.runId(), r.executor());
    progress.finished(r.runId(), r.stopReason(), r.failure());
    if (r.failure().isPresent() && !keepGoing) {
      cancelled = true;
      if (job != null) {
        job.cancel();
      }
    }
    return BoxedUnit.UNIT;
  }

  /**
   * Lets the recorder cancel the job it records.
   *
   * @param submitted the job
   */
  synchronized void watch(FutureAction<?> submitted) {
    job = submitted;
    if (cancelled) {
      job.cancel();
    }
  }

  /**
   * @return whether the recorder cancelled the job after a failed run
   */
  synchronized boolean cancelled() {
    return cancelled;
  }

  /**
   * @return where each recorded run executed (executor id and host), in the order recorded
   */
  synchronized Map<String, String> executors() {
    return new LinkedHashMap<>(executors);
  }
}
