package dmf.paper;

import dmf.plot.Figure;
import dmf.plot.Panel;
import dmf.plot.Series;
import java.util.ArrayList;
import java.util.List;

/**
 * Draws averaged curves: mean with ± std error bars; ground truth and "(reference)" lines dashed.
 */
public final class CurveFigures {
  private CurveFigures() {}

  /**
   * @param title figure title
   * @param panels the panels
   * @return the figure
   */
  public static Figure figure(String title, List<CurvePanel> panels) {
    List<Panel> out = new ArrayList<>();
    for (CurvePanel p : panels) {
      List<Series> series = new ArrayList<>();
      for (Curve c : p.curves()) {
        boolean reference = c.label().equals("ground truth") || c.label().endsWith("(reference)");
        boolean anyErr = false;
        for (int n : c.count()) {
          anyErr |= n > 1;
        }
        String style = reference ? "dashed" : c.x().length > 40 ? "line" : null;
        series.add(new Series(c.label(), c.x(), c.mean(), anyErr ? c.std() : null, style));
      }
      out.add(new Panel(p.title(), p.xLabel(), p.yLabel(), p.logX(), p.logY(), series));
    }
    return Figure.of(title, out);
  }
}
