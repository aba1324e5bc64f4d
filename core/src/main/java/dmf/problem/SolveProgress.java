package dmf.problem;

import dmf.base.Durations;
import dmf.base.StatusSink;
import java.util.Locale;

/**
 * A {@link SolveObserver} that turns a solver's progress into status lines: iteration, loss, rate
 * and an ETA. The ETA is the sooner of the iteration budget at the current rate and the time for
 * the loss to reach the threshold at its recent log-linear rate of decrease (both measured over
 * windows of at least two seconds). A live sink gets every report; another a line every ten
 * seconds.
 */
public final class SolveProgress implements SolveObserver {
  private final StatusSink sink;
  private final String label;
  private final double threshold;
  private double lastShown = -1;
  private double refT = -1;
  private double refLogLoss;
  private long refIter;
  private double rate = Double.NaN;
  private double lossRate = Double.NaN;

  /**
   * @param sink where the lines go
   * @param label the first word of each line, e.g. "train"
   * @param threshold the loss at which the solver stops, or 0 for none
   */
  public SolveProgress(StatusSink sink, String label, double threshold) {
    this.sink = sink;
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
    if (!sink.live() && seconds - lastShown < 10) {
      return;
    }
    lastShown = seconds;
    double eta = Double.POSITIVE_INFINITY;
    if (rate > 0) {
      eta = (maxIterations - iteration) / rate;
    }
    if (lossRate < 0 && threshold > 0 && loss > threshold) {
      eta = Math.min(eta, (Math.log(threshold) - Math.log(loss)) / lossRate);
    }
    sink.show(
        String.format(
            Locale.ROOT,
            "%s iter %,d  loss %.3e  %.0f it/s  %s  ETA %s",
            label,
            iteration,
            loss,
            Double.isNaN(rate) ? 0.0 : rate,
            Durations.clock(seconds),
            Durations.clock(eta)));
  }
}
