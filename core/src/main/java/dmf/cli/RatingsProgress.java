package dmf.cli;

import dmf.base.ProgressListener;
import java.io.PrintStream;
import java.util.Locale;

/**
 * Draws a library {@link ProgressListener}'s reports on stderr: the stage, the share done and an
 * ETA at the average rate so far (for a fit that stops early, the ETA of its iteration budget: an
 * upper bound). On a terminal the line is redrawn in place (at most four times a second); otherwise
 * a line is printed every ten seconds.
 */
final class RatingsProgress implements ProgressListener {
  private final StatusLine status;
  private final long t0 = System.nanoTime();
  private double lastPrint;

  RatingsProgress(PrintStream err) {
    this.status = new StatusLine(err);
  }

  @Override
  public void onProgress(String stage, long done, long total, double seconds) {
    double now = (System.nanoTime() - t0) * 1e-9;
    if (now - lastPrint < (status.tty() ? 0.25 : 10)) {
      return;
    }
    lastPrint = now;
    String amount =
        total > 0
            ? String.format(
                Locale.ROOT,
                "%.0f%%  ETA %s",
                100.0 * done / total,
                done > 0 ? Progress.clock(seconds * (total - done) / done) : "?")
            : String.format(Locale.ROOT, "%,d", done);
    String line = String.format(Locale.ROOT, "%s  %s  %s", stage, amount, Progress.clock(now));
    status.show(line);
  }

  /** Ends the in-place line, if one was drawn. */
  void finish() {
    status.finish();
  }
}
