package dmf.cli;

import dmf.experiment.SweepRunner;
import java.util.Locale;

/**
 * The progress line of a sweep on stderr: a bar, runs done and failed, elapsed time and an ETA.
 * Redrawn in place on a terminal; otherwise a line every five seconds.
 */
final class SweepProgress implements SweepRunner.Listener {
  private final String label;
  private final boolean tty = System.console() != null;
  private long lastPrint;

  SweepProgress(String label) {
    this.label = label;
  }

  @Override
  public void progress(int done, int total, int failed, double el, double eta, String last) {
    long now = System.nanoTime();
    if (!tty && done < total && now - lastPrint < 5_000_000_000L) {
      return;
    }
    lastPrint = now;
    int fill = total == 0 ? 20 : (int) Math.round(20.0 * done / total);
    String line =
        String.format(
            Locale.ROOT,
            "%s [%s] %d/%d runs%s  %s  ETA %s",
            label,
            "#".repeat(fill) + ".".repeat(20 - fill),
            done,
            total,
            failed > 0 ? ", " + failed + " failed" : "",
            Progress.clock(el),
            Double.isNaN(eta) ? "?" : Progress.clock(eta));
    if (tty) {
      System.err.print("\r" + line + "\u001b[K");
    } else {
      System.err.println(line);
    }
  }

  /** Ends the in-place line on a terminal. */
  void finish() {
    if (tty) {
      System.err.println();
    }
  }
}
