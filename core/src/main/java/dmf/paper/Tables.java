package dmf.paper;

import dmf.plot.Panel;
import dmf.plot.Series;
import java.util.List;
import java.util.TreeSet;
import java.util.function.DoubleFunction;

/** The numbers behind a panel as a Markdown table: x down, one column per curve. */
public final class Tables {
  private Tables() {}

  /**
   * @param p a panel
   * @return its title and table; cells are the value, or "median [min, max]" over repeats, in
   *     scientific notation on a log axis
   */
  public static String markdown(Panel p) {
    TreeSet<Double> xs = new TreeSet<>();
    for (Series s : p.series()) {
      for (double x : s.x()) {
        xs.add(x);
      }
    }
    List<Series> series = p.series();
    boolean spread = series.stream().anyMatch(s -> s.hasSpread() && s.maxCount() > 1);
    StringBuilder sb = new StringBuilder("**").append(p.title()).append("**");
    sb.append(spread ? " (median [min, max] over repeats)" : "").append("\n\n| ");
    sb.append(p.xLabel()).append(" |");
    for (Series s : series) {
      sb.append(' ').append(s.label()).append(" |");
    }
    sb.append("\n|---|").append("---|".repeat(series.size())).append('\n');
    for (double x : xs) {
      sb.append("| ").append(Fmt.setting(x)).append(" |");
      for (Series s : series) {
        int i = s.indexOf(x);
        sb.append(' ').append(i < 0 ? "" : cell(s, i, p.logY() ? Fmt::sci : Fmt::num)).append(" |");
      }
      sb.append('\n');
    }
    return sb.toString();
  }

  private static String cell(Series s, int i, DoubleFunction<String> fmt) {
    String v = fmt.apply(s.y()[i]);
    if (s.hasSpread() && s.count() != null && s.count()[i] > 1) {
      return v + " [" + fmt.apply(s.lower()[i]) + ", " + fmt.apply(s.upper()[i]) + "]";
    }
    return v;
  }
}
