package dmf.experiment;

/**
 * Executes the missing runs of a sweep into a sweep folder: the same {@code runs/<id>/} folders and
 * {@code results.db} rows, by the same resume rule ({@link SweepFolder}), whatever the engine.
 * {@link SweepEngines#find} gives the engine "local" (threads of this JVM, {@link SweepRunner}) and
 * any other implementation on the class path, found with {@link java.util.ServiceLoader} (a plugin
 * lists its class in {@code META-INF/services/dmf.experiment.SweepEngine} and has a public no-arg
 * constructor).
 */
public interface SweepEngine {
  /**
   * @return the name that selects this engine ({@code dmf sweep --engine NAME})
   */
  String name();

  /**
   * Runs every missing run of the job.
   *
   * @param job the sweep folder, the runs and the engine's settings
   * @param listener progress, called from one thread at a time
   * @return what this invocation did
   */
  SweepRunner.Result run(SweepJob job, SweepRunner.Listener listener);
}
