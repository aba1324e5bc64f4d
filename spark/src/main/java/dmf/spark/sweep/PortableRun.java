package dmf.spark.sweep;

import com.fasterxml.jackson.core.JsonProcessingException;
import dmf.experiment.RunSettings;
import dmf.experiment.RunSpec;
import dmf.io.JsonMaps;
import java.io.Serial;
import java.io.Serializable;
import java.io.UncheckedIOException;

/**
 * A run as it travels to an executor: its id and its resolved settings as JSON, resolved again
 * there through the same tables ({@link RunSettings#resolve}); the id, a hash of the settings,
 * proves that the executor runs exactly the run the driver planned.
 *
 * @param id the run's id
 * @param settings its resolved settings as a JSON object
 */
record PortableRun(String id, String settings) implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  /**
   * @param run a run
   * @return its portable form
   */
  static PortableRun of(RunSpec run) {
    return new PortableRun(run.id(), JsonMaps.write(run.settings()));
  }

  /**
   * @return the run
   * @throws IllegalStateException when the settings resolve to another id (the executor's dmf
   *     differs from the driver's)
   */
  RunSpec resolve() {
    RunSpec run;
    try {
      run = RunSettings.resolve(JsonMaps.read(settings), true, null);
    } catch (JsonProcessingException ex) {
      throw new UncheckedIOException("run " + id + ": unreadable settings", ex);
    }
    if (!run.id().equals(id)) {
      throw new IllegalStateException(
          "run "
              + id
              + " resolves to run "
              + run.id()
              + " on this executor: its dmf differs from the driver's");
    }
    return run;
  }
}
