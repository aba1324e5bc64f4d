package dmf.serve;

import dmf.base.UserInputException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One metric of several runs overlaid, e.g. σ₁…σ₁₀ of depths 1, 2 and 3 (the live counterpart of
 * the paper's dynamics figure). Each run is labelled by the settings in which the runs differ.
 */
final class ComparePage {
  /** The most runs one view overlays. */
  static final int MAX_RUNS = 12;

  private ComparePage() {}

  /**
   * @param site what is served
   * @param ids the served ids of the runs
   * @param metric {@code sv} for the singular values, else a column of metrics.csv
   * @return the page
   */
  static String render(Site site, List<String> ids, String metric) {
    if (ids.isEmpty()) {
      throw new UserInputException("compare: choose at least one run (parameter r)");
    }
    if (ids.size() > MAX_RUNS) {
      throw new UserInputException("compare: at most " + MAX_RUNS + " runs, got " + ids.size());
    }
    if (!metric.matches("[A-Za-z_][A-Za-z0-9_]{0,63}")) {
      throw new UserInputException("compare: bad metric name '" + metric + "'");
    }
    List<RunEntry> runs = new ArrayList<>();
    for (String id : new LinkedHashSet<>(ids)) {
      runs.add(site.reader().run(id));
    }
    Map<String, String> labels = labels(runs);
    StringBuilder sb = new StringBuilder("<h1>Compare ").append(runs.size()).append(" runs</h1>");
    sb.append("<form class=\"filter\" method=\"get\" action=\"/compare\">");
    for (RunEntry r : runs) {
      sb.append("<input type=\"hidden\" name=\"r\" value=\"")
          .append(Html.esc(r.id()))
          .append("\">");
    }
    sb.append("<label>metric <select name=\"metric\" id=\"metric\" data-current=\"")
        .append(Html.esc(metric))
        .append("\"><option value=\"")
        .append(Html.esc(metric))
        .append("\">")
        .append(Html.esc(metric.equals("sv") ? "singular values σ₁…σₖ" : metric))
        .append("</option></select></label> <button type=\"submit\">Show</button></form>");
    sb.append("<ul class=\"legend-runs\" id=\"compare\" data-metric=\"")
        .append(Html.esc(metric))
        .append("\">");
    for (RunEntry r : runs) {
      sb.append("<li data-run=\"")
          .append(Html.esc(r.id()))
          .append("\" data-label=\"")
          .append(Html.esc(labels.get(r.id())))
          .append("\"><a href=\"")
          .append(Html.href("/run", "r", r.id()))
          .append("\">")
          .append(Html.esc(labels.get(r.id())))
          .append("</a> <span class=\"tag s-")
          .append(Html.esc(r.status()))
          .append("\">")
          .append(Html.esc(r.status()))
          .append("</span></li>");
    }
    sb.append("</ul><div class=\"charts wide\" id=\"charts\"></div>");
    return Html.page("compare", sb.toString(), "charts.js", "compare.js");
  }

  /**
   * @param runs runs
   * @return run id → "k=v, k=v" over the settings in which the runs differ, leaving out seeds and
   *     the sweep's name when other settings differ too; the run's id when none differ
   */
  static Map<String, String> labels(List<RunEntry> runs) {
    Set<String> keys = new LinkedHashSet<>();
    runs.forEach(r -> keys.addAll(r.settings().keySet()));
    List<String> differing = new ArrayList<>();
    for (String k : keys) {
      Set<String> values = new LinkedHashSet<>();
      runs.forEach(r -> values.add(Html.cell(r.settings().get(k))));
      if (values.size() > 1) {
        differing.add(k);
      }
    }
    List<String> meaningful = new ArrayList<>(differing);
    meaningful.removeAll(List.of("seed", "problem_seed", "sweep", "repeat"));
    List<String> used = meaningful.isEmpty() ? differing : meaningful;
    Map<String, String> out = new LinkedHashMap<>();
    for (RunEntry r : runs) {
      StringBuilder sb = new StringBuilder();
      for (String k : used) {
        sb.append(sb.length() == 0 ? "" : ", ")
            .append(k)
            .append('=')
            .append(Html.cell(r.settings().get(k)));
      }
      out.put(r.id(), sb.length() == 0 ? r.name() : sb.toString());
    }
    Map<String, Integer> uses = new LinkedHashMap<>();
    out.values().forEach(l -> uses.merge(l, 1, Integer::sum));
    for (RunEntry r : runs) {
      String label = out.get(r.id());
      if (uses.get(label) > 1 && !label.equals(r.name())) {
        out.put(r.id(), label + " · " + r.name());
      }
    }
    return out;
  }
}
