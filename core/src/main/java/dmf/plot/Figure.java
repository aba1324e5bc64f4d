package dmf.plot;

import java.util.List;

/**
 * Panels side by side.
 *
 * @param title figure title (drawn above each panel's own title when non-empty)
 * @param panels the panels, left to right
 * @param panelWidth width of one panel in pixels
 * @param height height in pixels
 */
public record Figure(String title, List<Panel> panels, int panelWidth, int height) {

  /** Copies the list. */
  public Figure {
    panels = List.copyOf(panels);
    if (panels.isEmpty()) {
      throw new IllegalArgumentException("a figure needs at least one panel");
    }
  }

  /**
   * @return a figure of standard size
   */
  public static Figure of(String title, List<Panel> panels) {
    return new Figure(title, panels, 520, 400);
  }

  /**
   * @return the total number of series over all panels
   */
  public int seriesCount() {
    return panels.stream().mapToInt(p -> p.series().size()).sum();
  }
}
