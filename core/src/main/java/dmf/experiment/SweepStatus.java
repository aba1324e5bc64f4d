package dmf.experiment;

import dmf.base.Durations;
import dmf.base.StatusSink;
import java.util.Locale;

/**
 * A {@link SweepRunner.Listener} that turns a sweep's progress into status lines: a bar, runs done
 * and failed, elapsed time and an ETA. A live sink gets every report; another a line every five
 * seconds and the last one. A run held by another sweep is a note naming who holds it.
 */
public final class SweepStatus implements SweepRunner.Listener {
  private final StatusSink sink;
  private final String label;
  private long lastShown;

  /**
   * @param sink where the lines go
   * @param label the first words of each line, e.g. "sweep fig1"
   */
  public SweepStatus(StatusSink sink, String label) {
    this.sink = sink;
    this.label = label;
  }

  @Override
  public void progress(int done, int total, int failed, double el, double eta, String last) {
    if (last.startsWith("waiting")) {
      sink.note(label + ": " + last);
      return;
    }
    long now = System.nanoTime();
    if (!sink.live() && done < total && now - lastShown < 5_000_000_000L) {
      return;
    }
    lastShown = now;
    int fill = total == 0 ? 20 : (int) Math.round(20.0 * done / total);
    sink.show(
        String.format(
            Locale.ROOT,
            "%s [%s] %d/%d runs%s  %s  ETA %s",
            label,
            "#".repeat(fill) + ".".repeat(20 - fill),
            done,
            total,
            failed > 0 ? ", " + failed + " failed" : "",
            Durations.clock(el),
            Durations.clock(eta)));
  }
}
