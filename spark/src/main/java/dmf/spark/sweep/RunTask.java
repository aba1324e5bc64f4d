package dmf.spark.sweep;

import dmf.experiment.RunExecutor;
import dmf.experiment.RunOutcome;
import dmf.experiment.RunSpec;
import dmf.problem.SolveObserver;
import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.spark.SparkEnv;
import org.apache.spark.SparkFiles;
import org.apache.spark.TaskContext;
import scala.collection.Iterator;
import scala.runtime.AbstractFunction1;

/**
 * The work of one Spark task: one run through the core's run path ({@link RunExecutor#execute}),
 * into a scratch folder in the executor's working space that is deleted afterwards; the folder's
 * files travel back in the {@link TaskResult}. A task that Spark kills (job cancelled) stops its
 * run at the solver's next progress point.
 */
final class RunTask extends AbstractFunction1<Iterator<PortableRun>, TaskResult>
    implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  @Override
  public TaskResult apply(Iterator<PortableRun> partition) {
    PortableRun portable = partition.next();
    if (partition.hasNext()) {
      throw new IllegalStateException("a sweep partition holds one run");
    }
    RunSpec run = portable.resolve();
    Path scratch;
    try {
      scratch = Files.createTempDirectory(Path.of(SparkFiles.getRootDirectory()), "dmf-run-");
    } catch (IOException ex) {
      throw new UncheckedIOException("cannot create a scratch folder: " + ex, ex);
    }
    try {
      Path folder = scratch.resolve(run.id());
      RunOutcome o = RunExecutor.execute(run, folder, new Killable(), false);
      SparkEnv env = SparkEnv.get();
      String where =
          env == null ? "" : env.executorId() + "@" + env.blockManager().blockManagerId().host();
      return TaskResult.of(o, FolderFiles.read(folder), where);
    } finally {
      FolderFiles.delete(scratch);
    }
  }

  /** Asks the solver to stop when Spark has killed this task. */
  private static final class Killable implements SolveObserver {
    @Override
    public boolean stopRequested() {
      TaskContext t = TaskContext.get();
      return t != null && t.isInterrupted();
    }
  }
}
