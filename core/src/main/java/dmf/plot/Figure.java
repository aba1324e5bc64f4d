package dmf.plot;

import java.util.List;

/**
 * Panels side by side, with one legend below them for all panels and a caption. Sizes are in
 * inches: a figure of one panel is a journal column wide, a figure of several panels spans two
 * columns; rendered at {@link Charts#DPI} for PNG and as vectors for SVG and PDF.
 *
 * @param title figure title (names the figure; panels carry their own titles)
 * @param panels the panels, left to right
 * @param caption a line below the legend (solver, repeats, floor), or ""
 * @param widthInches width of the whole figure
 * @param panelHeightInches height of the panels (legend and caption come below)
 */
public record Figure(
    String title,
    List<Panel> panels,
    String caption,
    double widthInches,
    double panelHeightInches) {

  /** One journal column, in inches. */
  public static final double COLUMN_INCHES = 3.5;

  /** Copies the list. */
  public Figure {
    panels = List.copyOf(panels);
    caption = caption == null ? "" : caption;
    if (panels.isEmpty()) {
      throw new IllegalArgumentException("a figure needs at least one panel");
    }
    if (!(widthInches > 0 && panelHeightInches > 0)) {
      throw new IllegalArgumentException("figure sizes must be positive");
    }
  }

  /**
   * @param title figure title
   * @param panels the panels
   * @return a figure one column wide for one panel, two columns wide for more, without caption
   */
  public static Figure of(String title, List<Panel> panels) {
    double width = panels.size() == 1 ? COLUMN_INCHES : 2 * COLUMN_INCHES;
    return new Figure(title, panels, "", width, 2.4);
  }

  /**
   * @param text the caption
   * @return this figure with a caption
   */
  public Figure withCaption(String text) {
    return new Figure(title, panels, text, widthInches, panelHeightInches);
  }

  /**
   * @return the total number of series over all panels
   */
  public int seriesCount() {
    return panels.stream().mapToInt(p -> p.series().size()).sum();
  }
}
