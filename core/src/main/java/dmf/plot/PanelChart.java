package dmf.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.knowm.xchart.AnnotationLine;
import org.knowm.xchart.AnnotationText;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.lines.SeriesLines;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * One panel as an XChart: log axes drawn as log10 on linear axes (see {@link AxisScale}), the
 * spread over repeats as error bars (sparse curves) or a band (dense curves), points below the
 * floor as downward triangles on a dotted floor line marked "exact". The legend is drawn once for
 * the whole figure (see {@link FigureCanvas}), so the chart has none.
 */
final class PanelChart {
  /** Curves over repeats with at most this many points get error bars; denser ones a band. */
  static final int MAX_ERROR_BARS = 25;

  private final Panel panel;
  private final AxisScale xs;
  private final AxisScale ys;
  private final XYChart chart;
  private int hidden;

  private PanelChart(Panel panel, int width, int height) {
    this.panel = panel;
    List<Double> xv = new ArrayList<>();
    List<Double> yv = new ArrayList<>();
    for (Series s : panel.series()) {
      double[] x = s.x();
      double[] y = s.y();
      double[] lo = s.lower();
      double[] hi = s.upper();
      for (int i = 0; i < x.length; i++) {
        xv.add(x[i]);
        yv.add(y[i]);
        if (lo != null) {
          yv.add(lo[i]);
          yv.add(hi[i]);
        }
      }
    }
    xs = AxisScale.of(panel.logX(), true, unbox(xv), Double.NaN);
    ys = AxisScale.of(panel.logY(), false, unbox(yv), panel.yFloor());
    chart =
        new XYChartBuilder()
            .width(width)
            .height(height)
            .title(panel.title())
            .xAxisTitle(xs.title(panel.xLabel()))
            .yAxisTitle(ys.title(panel.yLabel()))
            .build();
    style(chart.getStyler(), width, height);
  }

  /**
   * @param panel the panel
   * @param looks label → look, for the whole figure
   * @param width width in drawing units
   * @param height height in drawing units
   * @return the chart, ready to paint
   */
  static XYChart build(Panel panel, Map<String, Look> looks, int width, int height) {
    PanelChart pc = new PanelChart(panel, width, height);
    for (Series s : panel.series()) {
      pc.spread(s, looks.get(s.label()));
    }
    for (Series s : panel.series()) {
      pc.curve(s, looks.get(s.label()));
    }
    if (pc.ys.clipped()) {
      pc.floor();
    }
    return pc.chart;
  }

  private void style(XYStyler s, int width, int height) {
    float u = Charts.UNITS_PER_POINT;
    s.setLegendVisible(false);
    s.setChartBackgroundColor(Color.WHITE);
    s.setPlotBackgroundColor(Color.WHITE);
    s.setPlotBorderColor(new Color(0x444444));
    s.setPlotGridLinesColor(new Color(0xe4e4e4));
    s.setPlotGridLinesStroke(new BasicStroke(0.6f * u));
    s.setAxisTickMarksColor(new Color(0x444444));
    s.setAxisTickMarkLength((int) (2.5 * u));
    s.setAxisTicksLineVisible(false);
    s.setChartTitleFont(Charts.font(Font.PLAIN, 8));
    s.setChartTitleBoxVisible(false);
    s.setChartTitlePadding((int) (2 * u));
    s.setAxisTitleFont(Charts.font(Font.PLAIN, 7.5f));
    s.setAxisTickLabelsFont(Charts.font(Font.PLAIN, 7));
    s.setAxisTitlePadding((int) (3 * u));
    s.setAxisTickPadding((int) (1.5 * u));
    s.setChartPadding((int) (3 * u));
    s.setPlotMargin(0);
    s.setPlotContentSize(0.96);
    s.setMarkerSize((int) (3.6 * u));
    s.setAntiAlias(true);
    s.setXAxisMin(xs.min());
    s.setXAxisMax(xs.max());
    s.setYAxisMin(ys.min());
    s.setYAxisMax(ys.max());
    s.setxAxisTickLabelsFormattingFunction(xs.labels());
    s.setyAxisTickLabelsFormattingFunction(ys.labels());
    if (xs.log()) {
      s.setXAxisTickMarkSpacingHint(hint(xs, 0.75 * width));
    }
    if (ys.log()) {
      s.setYAxisTickMarkSpacingHint(hint(ys, 0.7 * height));
    }
    s.setAnnotationLineColor(new Color(0x888888));
    s.setAnnotationLineStroke(
        new BasicStroke(
            0.8f * u, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] {u, u}, 0f));
    s.setAnnotationTextFont(Charts.font(Font.ITALIC, 6.5f));
    s.setAnnotationTextFontColor(new Color(0x555555));
  }

  /** A tick spacing for which XChart's first choice of step is the scale's label step. */
  private static int hint(AxisScale a, double length) {
    return (int) Math.max(20, a.labelStep() * length / (a.max() - a.min()));
  }

  private static double[] unbox(List<Double> v) {
    return v.stream().mapToDouble(Double::doubleValue).toArray();
  }

  private String name() {
    return "\u0000" + hidden++;
  }

  private XYSeries add(double[] x, double[] y, Color color) {
    XYSeries xy = chart.addSeries(name(), x, y);
    xy.setShowInLegend(false);
    xy.setLineColor(color);
    xy.setMarkerColor(color);
    xy.setFillColor(color);
    xy.setMarker(SeriesMarkers.NONE);
    return xy;
  }

  /**
   * Error bars with caps over repeats on sparse curves; a band on dense curves and for a spread
   * that is not over repeats (no counts).
   */
  private void spread(Series s, Look look) {
    if (!s.hasSpread() || (s.count() != null && s.maxCount() < 2)) {
      return;
    }
    double[] x = s.x();
    double[] lo = s.lower();
    double[] hi = s.upper();
    Color c = look.color();
    if (x.length > MAX_ERROR_BARS || s.count() == null) {
      List<double[]> pts = new ArrayList<>();
      for (int i = 0; i < x.length; i++) {
        pts.add(new double[] {xs.map(x[i]), ys.map(hi[i])});
      }
      for (int i = x.length - 1; i >= 0; i--) {
        pts.add(new double[] {xs.map(x[i]), ys.map(lo[i])});
      }
      pts.removeIf(p -> Double.isNaN(p[0]) || Double.isNaN(p[1]));
      XYSeries band =
          add(
              pts.stream().mapToDouble(p -> p[0]).toArray(),
              pts.stream().mapToDouble(p -> p[1]).toArray(),
              new Color(c.getRed(), c.getGreen(), c.getBlue(), 50));
      band.setXYSeriesRenderStyle(XYSeriesRenderStyle.PolygonArea);
      band.setLineStyle(SeriesLines.NONE);
      return;
    }
    double cap = 0.012 * (xs.max() - xs.min());
    List<double[]> seg = new ArrayList<>();
    for (int i = 0; i < x.length; i++) {
      double px = xs.map(x[i]);
      double a = ys.map(lo[i]);
      double b = ys.map(hi[i]);
      if (Double.isNaN(px) || Double.isNaN(a) || Double.isNaN(b) || a == b) {
        continue;
      }
      seg.add(new double[] {px, a});
      seg.add(new double[] {px, b});
      seg.add(new double[] {px, Double.NaN});
      for (double end : new double[] {a, b}) {
        seg.add(new double[] {px - cap, end});
        seg.add(new double[] {px + cap, end});
        seg.add(new double[] {px, Double.NaN});
      }
    }
    if (!seg.isEmpty()) {
      XYSeries bars =
          add(
              seg.stream().mapToDouble(p -> p[0]).toArray(),
              seg.stream().mapToDouble(p -> p[1]).toArray(),
              c);
      bars.setLineStyle(new BasicStroke(0.7f * Charts.UNITS_PER_POINT));
    }
  }

  /** The line, the markers above the floor and the triangles at it; or the bars of a histogram. */
  private void curve(Series s, Look look) {
    double[] x = s.x();
    double[] y = s.y();
    if (s.style() == Series.Style.BARS) {
      bars(x, y, look);
      return;
    }
    List<double[]> line = new ArrayList<>();
    List<double[]> marks = new ArrayList<>();
    List<double[]> floor = new ArrayList<>();
    for (int i = 0; i < x.length; i++) {
      double px = xs.map(x[i]);
      double py = ys.map(y[i]);
      if (Double.isNaN(px) || Double.isNaN(py)) {
        continue;
      }
      line.add(new double[] {px, py});
      (ys.atFloor(y[i]) ? floor : marks).add(new double[] {px, py});
    }
    if (look.stroke() != null && line.size() > 1) {
      add(column(line, 0), column(line, 1), look.color()).setLineStyle(look.stroke());
    }
    if (look.marker() != null && !marks.isEmpty()) {
      XYSeries m = add(column(marks, 0), column(marks, 1), look.color());
      m.setXYSeriesRenderStyle(XYSeriesRenderStyle.Scatter);
      m.setMarker(look.marker());
    }
    if (!floor.isEmpty()) {
      XYSeries f = add(column(floor, 0), column(floor, 1), look.color());
      f.setXYSeriesRenderStyle(XYSeriesRenderStyle.Scatter);
      f.setMarker(SeriesMarkers.TRIANGLE_DOWN);
    }
  }

  /** Bars of equal width centred on x, as a filled step outline from zero. */
  private void bars(double[] x, double[] y, Look look) {
    int n = x.length;
    if (n == 0) {
      return;
    }
    double w = n > 1 ? x[1] - x[0] : 1;
    double[] ex = new double[n + 1];
    double[] ey = new double[n + 1];
    for (int i = 0; i < n; i++) {
      ex[i] = xs.map(x[i] - w / 2);
      ey[i] = ys.map(y[i]);
    }
    ex[n] = xs.map(x[n - 1] + w / 2);
    ey[n] = ey[n - 1];
    Color c = look.color();
    XYSeries b = add(ex, ey, c);
    b.setXYSeriesRenderStyle(XYSeriesRenderStyle.StepArea);
    b.setFillColor(new Color(c.getRed(), c.getGreen(), c.getBlue(), 90));
    b.setLineStyle(look.stroke());
  }

  private static double[] column(List<double[]> pts, int k) {
    return pts.stream().mapToDouble(p -> p[k]).toArray();
  }

  /** A dotted line at the floor, labelled "exact" on the side with fewer points at the floor. */
  private void floor() {
    double f = Math.log10(panel.yFloor());
    chart.addAnnotation(new AnnotationLine(f, false, false));
    int left = 0;
    int right = 0;
    double mid = 0.5 * (xs.min() + xs.max());
    for (Series s : panel.series()) {
      double[] x = s.x();
      double[] y = s.y();
      for (int i = 0; i < x.length; i++) {
        if (ys.atFloor(y[i])) {
          if (xs.map(x[i]) < mid) {
            left++;
          } else {
            right++;
          }
        }
      }
    }
    double span = xs.max() - xs.min();
    double x = left <= right ? xs.min() + 0.08 * span : xs.max() - 0.08 * span;
    chart.addAnnotation(new AnnotationText("exact", x, 0.5 * (f + ys.min()), false));
  }
}
