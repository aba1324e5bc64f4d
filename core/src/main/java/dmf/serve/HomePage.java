package dmf.serve;

import dmf.paper.Claim;
import dmf.serve.Collection.Kind;
import java.nio.file.Files;
import java.util.List;

/**
 * The home page: every collection under the served folders with its progress (runs done of the
 * total, running now, failed, waiting), wall time and, for reproductions, the claim verdicts of
 * report.md.
 */
final class HomePage {
  private HomePage() {}

  /**
   * @param site what is served
   * @return the page
   */
  static String render(Site site) {
    StringBuilder sb = new StringBuilder("<h1>Results</h1><p class=\"muted\">Serving ");
    for (int i = 0; i < site.roots().size(); i++) {
      sb.append(i == 0 ? "" : ", ")
          .append("<code>")
          .append(Html.esc(site.roots().root(i)))
          .append("</code>");
    }
    sb.append(". Pages update by themselves while runs are written.</p>");
    sb.append("<div id=\"fragment\" data-fragment=\"/?fragment=1\">")
        .append(fragment(site))
        .append("</div>");
    return Html.page("Results", sb.toString());
  }

  /**
   * @param site what is served
   * @return the part of the page that live updates replace
   */
  static String fragment(Site site) {
    List<Collection> collections = site.catalog().collections();
    if (collections.isEmpty()) {
      return "<p class=\"empty\">No sweeps or runs here yet. Write some with <code>dmf sweep</code>,"
          + " <code>dmf reproduce</code> or <code>dmf train --out</code> into a served folder, or"
          + " start one in the <a href=\"/playground\">playground</a>.</p>";
    }
    StringBuilder sb = new StringBuilder("<div class=\"cards\">");
    for (Collection c : collections) {
      card(sb, c, Progress.of(site.reader().runs(c)));
    }
    return sb.append("</div>").toString();
  }

  private static void card(StringBuilder sb, Collection c, Progress p) {
    sb.append("<section class=\"card\" data-collection=\"")
        .append(Html.esc(c.id()))
        .append("\"><h2><a href=\"")
        .append(Html.href("/runs", "c", c.id()))
        .append("\">")
        .append(Html.esc(c.title()))
        .append("</a> <span class=\"tag\">")
        .append(Html.esc(c.kindLabel()))
        .append("</span></h2>");
    sb.append("<progress max=\"")
        .append(Math.max(1, p.total()))
        .append("\" value=\"")
        .append(p.done())
        .append("\"></progress><p class=\"counts\"><b>")
        .append(p.done())
        .append("/")
        .append(p.total())
        .append("</b> done");
    count(sb, p.running(), "running", "running");
    count(sb, p.failed(), "failed", "failed");
    count(sb, p.waiting(), "waiting", "pending");
    count(sb, p.stalled(), "stalled", "stalled");
    sb.append(" · wall time ").append(Html.duration(p.wallSeconds())).append("</p>");
    if (c.kind() == Kind.REPRODUCTION) {
      List<Claim> claims = ReportClaims.read(c.dir().resolve(Layout.REPORT));
      if (!claims.isEmpty()) {
        sb.append("<ul class=\"claims\">");
        for (Claim claim : claims) {
          sb.append("<li><span class=\"verdict v-")
              .append(claim.verdict().toString().replace(' ', '-'))
              .append("\">")
              .append(Html.esc(claim.verdict().toString()))
              .append("</span> ")
              .append(Html.esc(claim.statement()))
              .append(" <span class=\"muted\">")
              .append(Html.esc(claim.evidence()))
              .append("</span></li>");
        }
        sb.append("</ul>");
      }
    }
    sb.append("<p class=\"links\"><a href=\"")
        .append(Html.href("/runs", "c", c.id()))
        .append("\">runs table</a>");
    if (hasFigures(c)) {
      sb.append(" · <a href=\"")
          .append(Html.href("/figures", "c", c.id()))
          .append("\">figures and report</a>");
    }
    sb.append("</p></section>");
  }

  private static void count(StringBuilder sb, int n, String word, String css) {
    if (n > 0) {
      sb.append(" · <span class=\"s-")
          .append(css)
          .append("\">")
          .append(n)
          .append(' ')
          .append(word)
          .append("</span>");
    }
  }

  /**
   * @param c a collection
   * @return whether its folder holds a report or figures
   */
  static boolean hasFigures(Collection c) {
    return Files.isRegularFile(c.dir().resolve(Layout.REPORT)) || !FiguresPage.images(c).isEmpty();
  }
}
