package dmf.plot;

import java.util.List;

/**
 * One chart of a figure.
 *
 * @param title panel title
 * @param xLabel x-axis label
 * @param yLabel y-axis label
 * @param logX logarithmic x axis
 * @param logY logarithmic y axis
 * @param series the curves
 */
public record Panel(
    String title, String xLabel, String yLabel, boolean logX, boolean logY, List<Series> series) {

  /** Copies the list. */
  public Panel {
    series = List.copyOf(series);
  }
}
