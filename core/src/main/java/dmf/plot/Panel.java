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
 * @param yFloor on a log y axis, values below this are drawn at it and marked "exact"; NaN for none
 */
public record Panel(
    String title,
    String xLabel,
    String yLabel,
    boolean logX,
    boolean logY,
    List<Series> series,
    double yFloor) {

  /** Copies the list. */
  public Panel {
    series = List.copyOf(series);
    if (!Double.isNaN(yFloor) && !(yFloor > 0 && logY)) {
      throw new IllegalArgumentException("a floor needs a log y axis and a positive value");
    }
  }

  /**
   * A panel without a floor.
   *
   * @param title panel title
   * @param xLabel x-axis label
   * @param yLabel y-axis label
   * @param logX logarithmic x axis
   * @param logY logarithmic y axis
   * @param series the curves
   */
  public Panel(
      String title, String xLabel, String yLabel, boolean logX, boolean logY, List<Series> series) {
    this(title, xLabel, yLabel, logX, logY, series, Double.NaN);
  }

  /**
   * @param floor values below it are drawn at it and marked "exact"
   * @return this panel with a floor on its (log) y axis
   */
  public Panel withFloor(double floor) {
    return new Panel(title, xLabel, yLabel, logX, logY, series, floor);
  }

  /**
   * @return whether the panel has a floor
   */
  public boolean hasFloor() {
    return !Double.isNaN(yFloor);
  }
}
