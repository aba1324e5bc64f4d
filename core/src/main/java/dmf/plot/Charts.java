package dmf.plot;

import de.erichseifert.vectorgraphics2d.Document;
import de.erichseifert.vectorgraphics2d.Processor;
import de.erichseifert.vectorgraphics2d.VectorGraphics2D;
import de.erichseifert.vectorgraphics2d.svg.SVGProcessor;
import de.erichseifert.vectorgraphics2d.util.PageSize;
import dmf.io.AtomicFiles;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.lines.SeriesLines;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** Renders {@link Figure}s with XChart to PNG and SVG (VectorGraphics2D), written atomically. */
public final class Charts {
  static final Color[] COLORS = {
    new Color(0x1f77b4),
    new Color(0xd62728),
    new Color(0x2ca02c),
    new Color(0xff7f0e),
    new Color(0x9467bd),
    new Color(0x8c564b),
    new Color(0xe377c2),
    new Color(0x7f7f7f),
    new Color(0xbcbd22),
    new Color(0x17becf)
  };

  private static final org.knowm.xchart.style.markers.Marker[] MARKERS = {
    SeriesMarkers.CIRCLE,
    SeriesMarkers.SQUARE,
    SeriesMarkers.DIAMOND,
    SeriesMarkers.TRIANGLE_UP,
    SeriesMarkers.TRIANGLE_DOWN,
    SeriesMarkers.CROSS
  };

  private Charts() {}

  /**
   * Writes {@code <path>.png} and {@code <path>.svg}.
   *
   * @param fig the figure
   * @param pathWithoutExtension target path without extension
   */
  public static void write(Figure fig, Path pathWithoutExtension) {
    String base = pathWithoutExtension.getFileName().toString();
    Path dir = pathWithoutExtension.toAbsolutePath().getParent();
    List<XYChart> charts = charts(fig);
    AtomicFiles.write(
        dir.resolve(base + ".png"), out -> ImageIO.write(image(fig, charts), "png", out));
    AtomicFiles.write(dir.resolve(base + ".svg"), out -> svg(fig, charts).writeTo(out));
  }

  /**
   * @return one XChart per panel
   */
  static List<XYChart> charts(Figure fig) {
    List<XYChart> out = new ArrayList<>();
    for (Panel p : fig.panels()) {
      out.add(chart(fig, p));
    }
    return out;
  }

  private static XYChart chart(Figure fig, Panel p) {
    String title = p.title().isEmpty() ? fig.title() : p.title();
    XYChart c =
        new XYChartBuilder()
            .width(fig.panelWidth())
            .height(fig.height())
            .title(title)
            .xAxisTitle(p.xLabel())
            .yAxisTitle(p.yLabel())
            .build();
    Styler s = c.getStyler();
    c.getStyler().setXAxisLogarithmic(p.logX());
    c.getStyler().setYAxisLogarithmic(p.logY());
    s.setLegendPosition(legendCorner(p));
    s.setChartBackgroundColor(Color.WHITE);
    c.getStyler().setPlotGridLinesColor(new Color(0xdddddd));
    s.setLegendBackgroundColor(new Color(255, 255, 255, 220));
    c.getStyler().setErrorBarsColorSeriesColor(true);
    s.setAntiAlias(true);
    int idx = 0;
    for (Series series : p.series()) {
      double[][] pts = clean(series, p.logX(), p.logY());
      if (pts[0].length == 0) {
        continue;
      }
      XYSeries xs =
          pts[2] == null
              ? c.addSeries(unique(c, series.label()), pts[0], pts[1])
              : c.addSeries(unique(c, series.label()), pts[0], pts[1], pts[2]);
      Color color = COLORS[idx % COLORS.length];
      xs.setLineColor(color);
      xs.setMarkerColor(color);
      xs.setMarker(MARKERS[idx % MARKERS.length]);
      String style = series.style() == null ? "" : series.style();
      switch (style) {
        case "line":
          xs.setMarker(SeriesMarkers.NONE);
          break;
        case "scatter":
          xs.setLineStyle(SeriesLines.NONE);
          break;
        case "dashed":
          xs.setMarker(SeriesMarkers.NONE);
          xs.setLineStyle(
              new BasicStroke(
                  1.5f,
                  BasicStroke.CAP_BUTT,
                  BasicStroke.JOIN_ROUND,
                  10f,
                  new float[] {6f, 4f},
                  0f));
          break;
        default:
          break;
      }
      idx++;
    }
    return c;
  }

  /** The inner corner that covers the fewest data points. */
  static Styler.LegendPosition legendCorner(Panel p) {
    double x0 = Double.POSITIVE_INFINITY;
    double x1 = Double.NEGATIVE_INFINITY;
    double y0 = Double.POSITIVE_INFINITY;
    double y1 = Double.NEGATIVE_INFINITY;
    List<double[]> pts = new ArrayList<>();
    for (Series s : p.series()) {
      double[][] c = clean(s, p.logX(), p.logY());
      for (int i = 0; i < c[0].length; i++) {
        double x = p.logX() ? Math.log(c[0][i]) : c[0][i];
        double y = p.logY() ? Math.log(c[1][i]) : c[1][i];
        pts.add(new double[] {x, y});
        x0 = Math.min(x0, x);
        x1 = Math.max(x1, x);
        y0 = Math.min(y0, y);
        y1 = Math.max(y1, y);
      }
    }
    int[] count = new int[4]; // NE, NW, SE, SW
    for (double[] q : pts) {
      double u = x1 > x0 ? (q[0] - x0) / (x1 - x0) : 0.5;
      double v = y1 > y0 ? (q[1] - y0) / (y1 - y0) : 0.5;
      boolean east = u > 0.55;
      boolean west = u < 0.45;
      boolean north = v > 0.6;
      boolean south = v < 0.4;
      count[0] += east && north ? 1 : 0;
      count[1] += west && north ? 1 : 0;
      count[2] += east && south ? 1 : 0;
      count[3] += west && south ? 1 : 0;
    }
    Styler.LegendPosition[] pos = {
      Styler.LegendPosition.InsideNE,
      Styler.LegendPosition.InsideNW,
      Styler.LegendPosition.InsideSE,
      Styler.LegendPosition.InsideSW
    };
    int best = 0;
    for (int i = 1; i < 4; i++) {
      if (count[i] < count[best]) {
        best = i;
      }
    }
    return pos[best];
  }

  private static String unique(XYChart c, String label) {
    String l = label.isEmpty() ? " " : label;
    while (c.getSeriesMap().containsKey(l)) {
      l = l + " ";
    }
    return l;
  }

  /** Drops points that cannot be drawn (non-finite, or non-positive on a log axis). */
  static double[][] clean(Series s, boolean logX, boolean logY) {
    double[] x = s.x();
    double[] y = s.y();
    double[] e = s.yErr();
    List<double[]> keep = new ArrayList<>();
    for (int i = 0; i < x.length; i++) {
      boolean ok =
          Double.isFinite(x[i])
              && Double.isFinite(y[i])
              && (!logX || x[i] > 0)
              && (!logY || y[i] > 0);
      if (ok) {
        double err = e == null || !Double.isFinite(e[i]) ? 0 : e[i];
        if (logY) {
          err = Math.min(err, 0.999 * y[i]); // keep the lower bar above zero
        }
        keep.add(new double[] {x[i], y[i], err});
      }
    }
    double[][] out = new double[3][keep.size()];
    for (int i = 0; i < keep.size(); i++) {
      out[0][i] = keep.get(i)[0];
      out[1][i] = keep.get(i)[1];
      out[2][i] = keep.get(i)[2];
    }
    if (e == null) {
      out[2] = null;
    }
    return out;
  }

  /**
   * @param fig the figure
   * @return the panels side by side as an image
   */
  public static BufferedImage image(Figure fig) {
    return image(fig, charts(fig));
  }

  private static BufferedImage image(Figure fig, List<XYChart> charts) {
    int w = fig.panelWidth();
    BufferedImage img =
        new BufferedImage(w * charts.size(), fig.height(), BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, img.getWidth(), img.getHeight());
    for (int i = 0; i < charts.size(); i++) {
      Graphics2D gi = (Graphics2D) g.create(i * w, 0, w, fig.height());
      charts.get(i).paint(gi, w, fig.height());
      gi.dispose();
    }
    g.dispose();
    return img;
  }

  private static Document svg(Figure fig, List<XYChart> charts) {
    int w = fig.panelWidth();
    VectorGraphics2D g = new VectorGraphics2D();
    for (int i = 0; i < charts.size(); i++) {
      Graphics2D gi = (Graphics2D) g.create();
      gi.translate(i * w, 0);
      gi.setClip(0, 0, w, fig.height());
      charts.get(i).paint(gi, w, fig.height());
      gi.dispose();
    }
    Processor p = new SVGProcessor();
    return p.getDocument(g.getCommands(), new PageSize(0, 0, w * charts.size(), fig.height()));
  }
}
