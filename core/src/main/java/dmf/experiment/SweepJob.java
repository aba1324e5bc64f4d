package dmf.experiment;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What a {@link SweepEngine} is asked to do.
 *
 * @param out the sweep folder
 * @param runs the expanded sweep (runs found done there are skipped)
 * @param workers runs at once, or 0 for the engine's default (the local engine: one per processor)
 * @param keepGoing run every run even after one failed; otherwise no new run starts after the first
 *     failure
 * @param master where a distributed engine runs (e.g. {@code spark://host:7077}), or "" for its
 *     default
 * @param conf engine-specific settings by key (e.g. {@code spark.executor.memory}), possibly empty
 */
public record SweepJob(
    Path out,
    List<RunSpec> runs,
    int workers,
    boolean keepGoing,
    String master,
    Map<String, String> conf) {

  /** Copies the lists. */
  public SweepJob {
    runs = List.copyOf(runs);
    conf = Map.copyOf(conf);
    master = master == null ? "" : master;
  }
}
