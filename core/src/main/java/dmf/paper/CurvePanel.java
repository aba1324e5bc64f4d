package dmf.paper;

import java.util.List;

/**
 * A panel of averaged curves, ready to draw.
 *
 * @param title title
 * @param xLabel x-axis label
 * @param yLabel y-axis label
 * @param logX log x axis
 * @param logY log y axis
 * @param curves the curves
 */
public record CurvePanel(
    String title, String xLabel, String yLabel, boolean logX, boolean logY, List<Curve> curves) {

  /** Copies the list. */
  public CurvePanel {
    curves = List.copyOf(curves);
  }
}
