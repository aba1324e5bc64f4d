package dmf.serve;

import java.util.List;
import java.util.Map;

/**
 * The playground: a form that starts a small run, the queue, and the live curves of the run that
 * was started last.
 */
final class PlaygroundPage {
  private static final Map<String, String> LABELS =
      Map.ofEntries(
          Map.entry("kind", "problem"),
          Map.entry("rows", "rows (≤ " + PlaygroundForm.MAX_SIZE + ")"),
          Map.entry("cols", "columns (≤ " + PlaygroundForm.MAX_SIZE + ")"),
          Map.entry("rank", "rank of the truth"),
          Map.entry("observations", "observed entries (completion)"),
          Map.entry("measurements", "measurements (sensing)"),
          Map.entry("depth", "depth N"),
          Map.entry("width", "hidden width (blank: full)"),
          Map.entry("init_scale", "init scale"),
          Map.entry("optimizer", "optimizer"),
          Map.entry("lr", "learning rate"),
          Map.entry("seed", "seed"),
          Map.entry("max_iters", "iterations at most"));

  private static final Map<String, List<String>> CHOICES =
      Map.of(
          "kind", List.of("completion", "sensing"),
          "optimizer", List.of("grouprmsprop", "gd", "adam"));

  private PlaygroundPage() {}

  /**
   * @param site what is served
   * @return the page
   */
  static String render(Site site) {
    StringBuilder sb = new StringBuilder("<h1>Playground</h1>");
    if (site.readOnly()) {
      sb.append("<p class=\"empty\">The playground is off: this server was started with ")
          .append("<code>--read-only</code>.</p>");
      return Html.page("Playground", sb.toString());
    }
    sb.append("<p class=\"muted\">Train a small deep factorization here and watch its singular")
        .append(" values move: they stall while small and race once large, more sharply with")
        .append(" depth. Runs are queued one at a time and saved under <code>")
        .append(Html.esc(Layout.PLAYGROUND))
        .append("/</code> like any sweep.</p>");
    sb.append(
        "<form id=\"playground\" class=\"grid-form\" method=\"post\" action=\"/api/playground\">");
    for (Map.Entry<String, String> f : PlaygroundForm.DEFAULTS.entrySet()) {
      String name = f.getKey();
      sb.append("<label>").append(Html.esc(LABELS.getOrDefault(name, name)));
      if (CHOICES.containsKey(name)) {
        sb.append("<select name=\"").append(name).append("\">");
        for (String c : CHOICES.get(name)) {
          sb.append("<option")
              .append(c.equals(f.getValue()) ? " selected" : "")
              .append(">")
              .append(Html.esc(c))
              .append("</option>");
        }
        sb.append("</select>");
      } else {
        sb.append("<input name=\"")
            .append(name)
            .append("\" value=\"")
            .append(Html.esc(f.getValue()))
            .append("\" inputmode=\"decimal\">");
      }
      sb.append("</label>");
    }
    sb.append("<div class=\"actions\"><button type=\"submit\">Train</button>")
        .append("<span id=\"form-message\" class=\"error\" role=\"alert\"></span></div></form>");
    sb.append(
        "<h2>Queue</h2><ul id=\"jobs\" class=\"jobs\"><li class=\"muted\">nothing yet</li></ul>");
    sb.append("<div id=\"live-run\"></div>");
    return Html.page("Playground", sb.toString(), "charts.js", "playground.js");
  }
}
