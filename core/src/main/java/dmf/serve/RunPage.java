package dmf.serve;

import dmf.io.store.RunFolder;
import java.nio.file.Files;
import java.util.List;

/**
 * One run: its curves over iterations (drawn in the browser from the series, growing while the run
 * trains), its summary, settings and provenance, and links to its files.
 */
final class RunPage {
  /** The run folder's files that the page links to. */
  static final List<String> FILES =
      List.of(Layout.CONFIG, Layout.PROVENANCE, Layout.METRICS, RunFolder.SUMMARY);

  private RunPage() {}

  /**
   * @param site what is served
   * @param run the run
   * @return the page
   */
  static String render(Site site, RunEntry run) {
    StringBuilder sb = new StringBuilder();
    sb.append(Html.heading("run " + run.name(), run.status(), "s-" + run.status()))
        .append("<p class=\"links\">in <a href=\"")
        .append(Html.href("/runs", "c", run.collection()))
        .append("\">")
        .append(Html.esc(collectionTitle(site, run)))
        .append("</a>");
    for (String f : FILES) {
      if (Files.isRegularFile(run.dir().resolve(f))) {
        sb.append(" · <a href=\"")
            .append(Html.fileHref(run.id() + "/" + f))
            .append("\">")
            .append(Html.esc(f))
            .append("</a>");
      }
    }
    sb.append("</p>");
    sb.append(charts(run.id()));
    sb.append("<div class=\"tables\"><section><h2>Summary</h2>")
        .append(Html.keyValues(run.summary()))
        .append("</section><section><h2>Settings</h2>")
        .append(Html.keyValues(run.settings()))
        .append("</section><section><h2>Provenance</h2>")
        .append(Html.keyValues(run.provenance()))
        .append("</section></div>");
    return Html.page("run " + run.name(), sb.toString(), "charts.js", "run.js");
  }

  /**
   * The chart area of a run that run.js fills.
   *
   * @param runId the served id of the run
   * @return HTML
   */
  static String charts(String runId) {
    return "<div class=\"charts\" id=\"charts\" data-run=\""
        + Html.esc(runId)
        + "\"><p class=\"muted\" id=\"charts-note\">loading the series…</p></div>";
  }

  private static String collectionTitle(Site site, RunEntry run) {
    try {
      return site.catalog().find(run.collection()).title();
    } catch (RuntimeException e) {
      return run.collection();
    }
  }
}
