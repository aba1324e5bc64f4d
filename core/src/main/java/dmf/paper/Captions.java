package dmf.paper;

import dmf.io.store.RunRow;
import dmf.plot.Charts;
import dmf.plot.Figure;
import dmf.plot.Panel;
import dmf.plot.Series;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Figure captions: which solver made the curves and over how many repeats each point is taken, and
 * the floor of the error axes. Read from the stored runs, so a caption says what was run.
 */
public final class Captions {
  /** Errors below this are drawn at it and marked "exact"; claims treat them as equal. */
  public static final double ERROR_FLOOR = 1e-8;

  private Captions() {}

  /**
   * @param runs the stored runs behind the figure
   * @return the optimizers of the deep-factorization runs, e.g. "adaptive gradient flow (the
   *     small-step limit of gradient descent)" or "GroupRMSprop, lr 1e-3", and the training
   *     precision when it is float32
   */
  public static String solver(List<RunRow> runs) {
    TreeSet<String> opt = new TreeSet<>();
    TreeSet<String> lrs = new TreeSet<>();
    TreeSet<String> precisions = new TreeSet<>();
    for (RunRow r : runs) {
      Object o = r.setting("optimizer");
      if (o != null) {
        opt.add(o.toString());
        if (!o.toString().startsWith("flow") && r.setting("lr") instanceof Number lr) {
          lrs.add(Fmt.setting(lr.doubleValue()));
        }
        precisions.add(String.valueOf(r.setting("precision")));
      }
    }
    List<String> names =
        opt.stream()
            .map(
                o ->
                    switch (o) {
                      case "flow" ->
                          "adaptive gradient flow (the small-step limit of gradient" + " descent)";
                      case "flow-stiff" ->
                          "adaptive gradient flow for stiff flows (the small-step limit of"
                              + " gradient descent)";
                      case "grouprmsprop" -> "GroupRMSprop";
                      case "gd" -> "gradient descent";
                      default -> o;
                    })
            .toList();
    String lr = lrs.isEmpty() ? "" : ", lr " + String.join(" and ", lrs);
    String trained =
        precisions.contains("float32")
            ? precisions.size() == 1
                ? " Trained in float32 (metrics in float64)."
                : " Some runs trained in float32 (metrics in float64)."
            : "";
    return names.isEmpty() ? "" : "Solver: " + String.join(" and ", names) + lr + "." + trained;
  }

  /**
   * @param panels the panels of a figure
   * @return "1 repeat: every point is a single seed." or "Median of n repeats; bars: minimum to
   *     maximum." (with the smallest count when some points have fewer); "" when no curve counts
   *     repeats
   */
  public static String repeats(List<Panel> panels) {
    int most = 0;
    int least = Integer.MAX_VALUE;
    for (Panel p : panels) {
      for (Series s : p.series()) {
        if (s.count() != null && s.x().length > 0) {
          most = Math.max(most, s.maxCount());
          least = Math.min(least, s.minCount());
        }
      }
    }
    if (most == 0) {
      return "";
    }
    if (most == 1) {
      return "1 repeat: every point is a single seed.";
    }
    return "Median of "
        + most
        + " repeats"
        + (least < most ? " (" + least + " where runs failed)" : "")
        + "; bars: minimum to maximum.";
  }

  /**
   * @param panels the panels of a figure
   * @return a sentence on the error floor when a value lies below it, else ""
   */
  public static String floor(List<Panel> panels) {
    boolean any = false;
    for (Panel p : panels) {
      for (Series s : p.series()) {
        any |= p.hasFloor() && Arrays.stream(s.y()).anyMatch(y -> y < p.yFloor());
      }
    }
    String f = Charts.scientific(ERROR_FLOOR);
    return any ? "Errors below " + f + " are drawn at " + f + " (▼, \"exact\")." : "";
  }

  /**
   * @param title the figure's name
   * @param panels its panels
   * @param runs the runs behind it
   * @param extra a further sentence, or ""
   * @return the figure with its caption: solver, repeats, floor and the extra sentence
   */
  public static Figure figure(String title, List<Panel> panels, List<RunRow> runs, String extra) {
    String caption =
        String.join(
                " ",
                List.of(solver(runs), repeats(panels), floor(panels), Objects.toString(extra, "")))
            .replaceAll("\\s+", " ")
            .trim();
    return Figure.of(title, panels).withCaption(caption);
  }
}
