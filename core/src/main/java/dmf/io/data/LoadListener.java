package dmf.io.data;

/**
 * Receives the progress of a long load (reading a large ratings file, building or reading its
 * cache). Library code never prints; the command line draws these as a progress line.
 */
public interface LoadListener {
  /** A listener that ignores everything. */
  LoadListener NONE = (stage, done, total, seconds) -> {};

  /**
   * Called every few hundred milliseconds at most.
   *
   * @param stage what is going on, e.g. "reading u.data"
   * @param done bytes (or items) done
   * @param total bytes (or items) in all, or −1 when unknown
   * @param seconds wall time since the load started
   */
  void onProgress(String stage, long done, long total, double seconds);
}
