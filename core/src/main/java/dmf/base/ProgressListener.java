package dmf.base;

/**
 * Receives the progress of long work that is not an iterative solve: reading a large file, building
 * a cache, fitting one fold after another. Library code never prints; the command line draws these
 * as a progress line with an ETA.
 */
public interface ProgressListener {
  /** A listener that ignores everything. */
  ProgressListener NONE = (stage, done, total, seconds) -> {};

  /**
   * Called every few hundred milliseconds at most, and once at the end of a stage.
   *
   * @param stage what is going on, e.g. "reading u.data" or "fold 2/5: als"
   * @param done units (bytes, folds, iterations) done
   * @param total units in all, or −1 when unknown
   * @param seconds wall time since the stage started
   */
  void onProgress(String stage, long done, long total, double seconds);
}
