package dmf.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.knowm.xchart.style.markers.Marker;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The colour, marker and line of a curve. Within a figure a label keeps one look in every panel,
 * assigned in order of first appearance, so one legend serves all panels.
 *
 * @param color line and marker colour
 * @param marker marker shape, or null for none
 * @param stroke line stroke, or null for none
 */
record Look(Color color, Marker marker, BasicStroke stroke) {
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

  private static final Marker[] MARKERS = {
    SeriesMarkers.CIRCLE,
    SeriesMarkers.SQUARE,
    SeriesMarkers.DIAMOND,
    SeriesMarkers.TRIANGLE_UP,
    SeriesMarkers.CROSS,
    SeriesMarkers.PLUS
  };

  /** Line width in drawing units (points × {@link Charts#UNITS_PER_POINT}). */
  static final float LINE = 1.1f * Charts.UNITS_PER_POINT;

  /**
   * @param panels the panels of one figure
   * @return label → look, in order of first appearance
   */
  static Map<String, Look> assign(List<Panel> panels) {
    Map<String, Look> out = new LinkedHashMap<>();
    for (Panel p : panels) {
      for (Series s : p.series()) {
        if (!out.containsKey(s.label())) {
          int i = out.size();
          out.put(s.label(), of(s.style(), COLORS[i % COLORS.length], MARKERS[i % MARKERS.length]));
        }
      }
    }
    return out;
  }

  private static Look of(Series.Style style, Color c, Marker m) {
    BasicStroke solid = new BasicStroke(LINE, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    float u = Charts.UNITS_PER_POINT;
    return switch (style) {
      case LINE, BARS -> new Look(c, null, solid);
      case SCATTER -> new Look(c, m, null);
      case REFERENCE ->
          new Look(
              c,
              null,
              new BasicStroke(
                  LINE,
                  BasicStroke.CAP_BUTT,
                  BasicStroke.JOIN_ROUND,
                  10f,
                  new float[] {4 * u, 2.5f * u},
                  0f));
      case LINE_MARKERS -> new Look(c, m, solid);
    };
  }
}
