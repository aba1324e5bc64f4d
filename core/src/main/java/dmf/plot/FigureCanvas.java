package dmf.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.knowm.xchart.XYChart;

/**
 * Lays a figure out in drawing units and paints it on any Graphics2D: the panels side by side, one
 * legend below them for all panels (so no legend covers a point), and the caption below the legend.
 */
final class FigureCanvas {
  private static final float LEGEND_PT = 7.5f;
  private static final float CAPTION_PT = 7f;

  private final Figure figure;
  private final Map<String, Look> looks;
  private final int width;
  private final int panelHeight;
  private final List<List<String>> legendRows;
  private final List<String> captionLines;

  FigureCanvas(Figure figure) {
    this.figure = figure;
    this.looks = Look.assign(figure.panels());
    float u = Charts.UNITS_PER_POINT;
    this.width = (int) Math.round(figure.widthInches() * 72 * u);
    this.panelHeight = (int) Math.round(figure.panelHeightInches() * 72 * u);
    Graphics2D g = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics();
    hints(g);
    this.legendRows = legendRows(g.getFontMetrics(Charts.font(Font.PLAIN, LEGEND_PT)));
    this.captionLines =
        wrap(figure.caption(), g.getFontMetrics(Charts.font(Font.ITALIC, CAPTION_PT)));
    g.dispose();
  }

  /**
   * @return width in drawing units
   */
  int width() {
    return width;
  }

  /**
   * @return height in drawing units: panels, legend rows and caption lines
   */
  int height() {
    float u = Charts.UNITS_PER_POINT;
    return panelHeight
        + (int) (legendRows.size() * 11 * u + (legendRows.isEmpty() ? 0 : 3 * u))
        + (int) (captionLines.size() * 9 * u + (captionLines.isEmpty() ? 0 : 4 * u));
  }

  static void hints(Graphics2D g) {
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(
        RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setRenderingHint(
        RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
    g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
  }

  /**
   * @return one XChart per panel
   */
  List<XYChart> charts() {
    int n = figure.panels().size();
    List<XYChart> out = new ArrayList<>();
    for (Panel p : figure.panels()) {
      out.add(PanelChart.build(p, looks, width / n, panelHeight));
    }
    return out;
  }

  /**
   * Paints the whole figure with its top-left corner at the origin, in drawing units.
   *
   * @param g the target
   */
  void paint(Graphics2D g) {
    hints(g);
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, width, height());
    List<XYChart> charts = charts();
    int w = width / charts.size();
    for (int i = 0; i < charts.size(); i++) {
      Graphics2D gi = (Graphics2D) g.create(i * w, 0, w, panelHeight);
      charts.get(i).paint(gi, w, panelHeight);
      gi.dispose();
    }
    float u = Charts.UNITS_PER_POINT;
    double y = panelHeight + (legendRows.isEmpty() ? 0 : 3 * u);
    Font lf = Charts.font(Font.PLAIN, LEGEND_PT);
    g.setFont(lf);
    FontMetrics fm = g.getFontMetrics();
    for (List<String> row : legendRows) {
      double rowWidth = 0;
      for (String label : row) {
        rowWidth += entryWidth(fm, label);
      }
      double x = (width - rowWidth) / 2;
      double mid = y + 5.5 * u;
      for (String label : row) {
        entry(g, looks.get(label), x, mid);
        g.setColor(Color.BLACK);
        text(g, label, lf, x + 20 * u, mid + fm.getAscent() / 2.0 - u);
        x += entryWidth(fm, label);
      }
      y += 11 * u;
    }
    if (!captionLines.isEmpty()) {
      y += 4 * u;
      Font cf = Charts.font(Font.ITALIC, CAPTION_PT);
      g.setColor(new Color(0x333333));
      for (String line : captionLines) {
        text(g, line, cf, 6 * u, y + 6.5 * u);
        y += 9 * u;
      }
    }
  }

  /** Text as outlines, as XChart draws it: vector files then need no fonts. */
  private static void text(Graphics2D g, String s, Font f, double x, double baseline) {
    TextLayout t = new TextLayout(s, f, g.getFontRenderContext());
    g.fill(t.getOutline(AffineTransform.getTranslateInstance(x, baseline)));
  }

  /** A line sample with a marker, as the curve is drawn. */
  private static void entry(Graphics2D g, Look look, double x, double mid) {
    float u = Charts.UNITS_PER_POINT;
    g.setColor(look.color());
    if (look.stroke() != null) {
      g.setStroke(look.stroke());
      g.drawLine((int) (x + u), (int) mid, (int) (x + 17 * u), (int) mid);
    }
    if (look.marker() != null) {
      g.setStroke(new BasicStroke(Look.LINE));
      look.marker().paint(g, x + 9 * u, mid, (int) (3.6 * u));
    }
  }

  private static double entryWidth(FontMetrics fm, String label) {
    return (20 + 9) * Charts.UNITS_PER_POINT + fm.stringWidth(label);
  }

  private List<List<String>> legendRows(FontMetrics fm) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    double used = 0;
    double avail = width - 12 * Charts.UNITS_PER_POINT;
    if (looks.size() < 2) {
      return rows; // one curve needs no legend: the axis title names it
    }
    for (String label : looks.keySet()) {
      if (label.isBlank()) {
        continue;
      }
      double w = entryWidth(fm, label);
      if (!row.isEmpty() && used + w > avail) {
        rows.add(row);
        row = new ArrayList<>();
        used = 0;
      }
      row.add(label);
      used += w;
    }
    if (!row.isEmpty()) {
      rows.add(row);
    }
    return rows;
  }

  private List<String> wrap(String text, FontMetrics fm) {
    List<String> lines = new ArrayList<>();
    double avail = width - 12 * Charts.UNITS_PER_POINT;
    StringBuilder line = new StringBuilder();
    for (String word : text.split("\\s+")) {
      if (word.isEmpty()) {
        continue;
      }
      String next = line.length() == 0 ? word : line + " " + word;
      if (line.length() > 0 && fm.stringWidth(next) > avail) {
        lines.add(line.toString());
        line = new StringBuilder(word);
      } else {
        line = new StringBuilder(next);
      }
    }
    if (line.length() > 0) {
      lines.add(line.toString());
    }
    return lines;
  }
}
