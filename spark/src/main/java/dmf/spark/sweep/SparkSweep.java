package dmf.spark.sweep;

import dmf.experiment.RunSpec;
import dmf.experiment.SweepFolder;
import dmf.experiment.SweepJob;
import dmf.experiment.SweepProgress;
import dmf.experiment.SweepRunner;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.SimpleFutureAction;
import org.apache.spark.SparkException;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.rdd.RDD;
import scala.jdk.javaapi.CollectionConverters;
import scala.runtime.AbstractFunction0;
import scala.runtime.BoxedUnit;

/**
 * A sweep on a running Spark context: the runs still to do (by the resume rule of {@link
 * SweepFolder}) become one Spark job with one task per run; the driver records each run once as its
 * task finishes, so a sweep stopped at any point resumes where it stood.
 */
public final class SparkSweep {
  private final JavaSparkContext sc;

  /**
   * @param sc the context to run on (not stopped by this class)
   */
  public SparkSweep(JavaSparkContext sc) {
    this.sc = sc;
  }

  /**
   * What a Spark sweep did.
   *
   * @param result runs in the sweep, executed now, failures
   * @param executors where each run of this invocation executed (executor id and host)
   */
  public record Outcome(SweepRunner.Result result, Map<String, String> executors) {}

  /**
   * Runs every missing run of the job (its master, workers and conf are the context's business and
   * ignored here).
   *
   * @param job the sweep folder and runs, and whether to keep going after a failed run
   * @param listener progress, from one thread at a time
   * @return what this invocation did
   * @throws IllegalStateException when Spark gives up on the job (a task failed more often than
   *     {@code spark.task.maxFailures}); runs recorded until then stay recorded
   */
  public Outcome run(SweepJob job, SweepRunner.Listener listener) {
    try (SweepFolder folder = SweepFolder.open(job.out(), job.runs())) {
      List<RunSpec> todo = folder.pending(job.runs());
      SweepProgress progress = new SweepProgress(job.runs().size(), todo.size(), listener);
      Recorder recorder = new Recorder(folder, progress, job.keepGoing());
      if (!todo.isEmpty()) {
        execute(todo, recorder);
      }
      return new Outcome(progress.result(), recorder.executors());
    }
  }

  private void execute(List<RunSpec> todo, Recorder recorder) {
    List<PortableRun> runs = todo.stream().map(PortableRun::of).toList();
    RDD<PortableRun> rdd = sc.parallelize(runs, runs.size()).rdd();
    List<Object> partitions = new ArrayList<>();
    for (int i = 0; i < runs.size(); i++) {
      partitions.add(i);
    }
    sc.setJobGroup("dmf-sweep", "dmf sweep: " + runs.size() + " runs", false);
    SimpleFutureAction<BoxedUnit> submitted =
        sc.sc()
            .submitJob(
                rdd,
                new RunTask(),
                CollectionConverters.asScala(partitions).toSeq(),
                recorder,
                new Unit());
    recorder.watch(submitted);
    try {
      submitted.get();
    } catch (SparkException ex) {
      if (recorder.cancelled()) {
        return;
      }
      for (Throwable t = ex.getCause(); t != null; t = t.getCause()) {
        if (t instanceof RuntimeException re) {
          throw re;
        }
      }
      throw new IllegalStateException("Spark gave up on the sweep: " + ex.getMessage(), ex);
    } finally {
      sc.clearJobGroup();
    }
  }

  /** The job's overall result: nothing (the recorder keeps what matters). */
  private static final class Unit extends AbstractFunction0<BoxedUnit> {
    @Override
    public BoxedUnit apply() {
      return BoxedUnit.UNIT;
    }
  }
}
