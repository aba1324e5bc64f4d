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

  /** Dash patterns of reference lines, in points: each reference its own, so overlaps show. */
  private static final float[][] DASHES = {{4, 2.5f}, {1.2f, 1.8f}, {6, 2, 1.2f, 2}, {2.5f, 2.5f}};

  /** Line width in drawing units (points × {@link Charts#UNITS_PER_POINT}). */
  static final float LINE = 1.1f * Charts.UNITS_PER_POINT;

  /**
   * @param panels the panels of one figure
   * @return label → look, in order of first appearance
   */
  static Map<String, Look> assign(List<Panel> panels) {
    Map<String, Look> out = new LinkedHashMap<>();
    int references = 0;
    for (Panel p : panels) {
      for (Series s : p.series()) {
        if (!out.containsKey(s.label())) {
          int i = out.size();
          Color c = COLORS[i % COLORS.length];
          out.put(
              s.label(),
              s.style() == Series.Style.REFERENCE
                  ? reference(c, DASHES[references++ % DASHES.length])
                  : of(s.style(), c, MARKERS[i % MARKERS.length]));
        }
      }
    }
    return out;
  }

  private static Look reference(Color c, float[] dash) {
    float[] d = dash.clone();
    for (int k = 0; k < d.length; k++) {
      d[k] *= Charts.UNITS_PER_POINT;
    }
    return new Look(
        c, null, new BasicStroke(LINE, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, d, 0f));
  }

  private static Look of(Series.Style style, Color c, Marker m) {
    BasicStroke solid = new BasicStroke(LINE, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    return switch (style) {
      case LINE, BARS -> new Look(c, null, solid);
      case SCATTER -> new Look(c, m, null);
      case LINE_MARKERS, REFERENCE -> new Look(c, m, solid);
    };
  }
}
