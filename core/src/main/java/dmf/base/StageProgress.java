package dmf.base;

import java.util.Locale;

/**
 * A {@link ProgressListener} that turns reports into status lines: the stage, the share done and an
 * ETA at the average rate so far (for work that may stop early, the ETA of its budget: an upper
 * bound). A live sink gets a line at most four times a second, another one every ten seconds.
 */
public final class StageProgress implements ProgressListener {
  private final StatusSink sink;
  private final long t0 = System.nanoTime();
  private double lastShown;

  /**
   * @param sink where the lines go
   */
  public StageProgress(StatusSink sink) {
    this.sink = sink;
  }

  @Override
  public void onProgress(String stage, long done, long total, double seconds) {
    double now = (System.nanoTime() - t0) * 1e-9;
    if (now - lastShown < (sink.live() ? 0.25 : 10)) {
      return;
    }
    lastShown = now;
    String amount =
        total > 0
            ? String.format(
                Locale.ROOT,
                "%.0f%%  ETA %s",
                100.0 * done / total,
                done > 0 ? Durations.clock(seconds * (total - done) / done) : "?")
            : String.format(Locale.ROOT, "%,d", done);
    sink.show(String.format(Locale.ROOT, "%s  %s  %s", stage, amount, Durations.clock(now)));
  }
}
