package dmf.serve;

import dmf.io.store.ResultsDb;
import dmf.io.store.RunFolder;
import java.nio.file.Files;
import java.nio.file.Path;

/** The names of files and folders that dmf writes, and what their presence means. */
final class Layout {
  /** The run list of a sweep. */
  static final String SWEEP_JSON = "sweep.json";

  /** The folder of a sweep's run folders. */
  static final String RUNS = "runs";

  /** A reproduction's report. */
  static final String REPORT = "report.md";

  /** Every resolved setting of a run. */
  static final String CONFIG = "config.toml";

  /** Where and how a run was made. */
  static final String PROVENANCE = "provenance.json";

  /** One row per logged iteration; grows while the run trains. */
  static final String METRICS = "metrics.csv";

  /** The name of the playground's folder under the first served folder. */
  static final String PLAYGROUND = "playground";

  private Layout() {}

  /**
   * @param dir a folder
   * @return whether it holds a sweep (a run list, a results database or a runs folder)
   */
  static boolean isSweep(Path dir) {
    return Files.isRegularFile(dir.resolve(SWEEP_JSON))
        || Files.isRegularFile(dir.resolve(ResultsDb.FILE_NAME))
        || Files.isDirectory(dir.resolve(RUNS));
  }

  /**
   * @param dir a folder
   * @return whether it is a run folder (settings plus any other file a run writes)
   */
  static boolean isRun(Path dir) {
    return Files.isRegularFile(dir.resolve(CONFIG))
        && (Files.isRegularFile(dir.resolve(PROVENANCE))
            || Files.isRegularFile(dir.resolve(METRICS))
            || Files.isRegularFile(dir.resolve(RunFolder.SUMMARY)));
  }
}
