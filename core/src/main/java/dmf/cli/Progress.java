package dmf.cli;

import dmf.problem.SolveObserver;
import java.io.PrintStream;
import java.util.Locale;

/**
 * A progress line on stderr with iteration, loss, rate and an ETA. The ETA is the sooner of the
 * iteration budget at the current rate and the time for the loss to reach the threshold at its
 * recent log-linear rate of decrease. On a terminal the line is redrawn in place; otherwise a line
 * is printed every ten seconds.
 */
final class Progress implements SolveObserver {
  private final StatusLine status;
  private final String label;
  private final double threshold;
  private double lastPrint = -1;
  private double refT = -1;
  private double refLogLoss;
  private long refIter;
  private double rate = Double.NaN;
  private double lossRate = Double.NaN;

  Progress(PrintStream err, String label, double threshold) {
    this.status = new StatusLine(err);
    this.label = label;
    this.threshold = threshold;
  }

  @Override
  public void onProgress(long iteration, long maxIterations, double loss, double seconds) {
    if (refT < 0 || seconds - refT >= 2.0) {
      if (refT >= 0 && seconds > refT) {
        rate = (iteration - refIter) / (seconds - refT);
        lossRate = (Math.log(loss) - refLogLoss) / (seconds - refT);
      }
      refT = seconds;
      refIter = iteration;
      refLogLoss = Math.log(loss);
    }
    if (!status.tty() && seconds - lastPrint < 10) {
      return;
    }
    lastPrint = seconds;
    double eta = Double.POSITIVE_INFINITY;
    if (rate > 0) {
      eta = (maxIterations - iteration) / rate;
    }
    if (lossRate < 0 && threshold > 0 && loss > threshold) {
      eta = Math.min(eta, (Math.log(threshold) - Math.log(loss)) / lossRate);
    }
    String line =
        String.format(
            Locale.ROOT,
            "%s iter %,d  loss %.3e  %.0f it/s  %s  ETA %s",
            label,
            iteration,
            loss,
            Double.isNaN(rate) ? 0.0 : rate,
            clock(seconds),
            clock(eta));
    status.show(line);
  }

  /** Ends the in-place line, if one was drawn. */
  void finish() {
    status.finish();
  }

  static String clock(double s) {
    if (!Double.isFinite(s)) {
      return "?";
    }
    long t = Math.round(s);
    return t >= 3600
        ? String.format(Locale.ROOT, "%dh%02dm", t / 3600, t / 60 % 60)
        : t >= 60 ? String.format(Locale.ROOT, "%dm%02ds", t / 60, t % 60) : t + "s";
  }
}
