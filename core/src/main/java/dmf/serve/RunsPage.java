package dmf.serve;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A collection's runs table: a filter box, a column chooser, sortable headers, a link to each run,
 * and check boxes that send the chosen runs to the compare view.
 */
final class RunsPage {
  private RunsPage() {}

  /**
   * The query of a runs table.
   *
   * @param collection the collection id
   * @param filter a {@link RunFilter} expression
   * @param sort the column to sort by, or blank
   * @param descending sort from the largest
   * @param columns the columns to show (empty: the default choice)
   */
  record Query(
      String collection, String filter, String sort, boolean descending, List<String> columns) {
    /** Copies the list and makes blanks empty. */
    Query {
      filter = filter == null ? "" : filter;
      sort = sort == null ? "" : sort;
      columns = List.copyOf(columns);
    }
  }

  /**
   * @param site what is served
   * @param c the collection
   * @param q the query
   * @return the page
   */
  static String render(Site site, Collection c, Query q) {
    List<RunEntry> runs = site.reader().runs(c);
    RunsTable t = RunsTable.of(runs, q.filter(), q.sort(), q.descending(), q.columns());
    StringBuilder sb = new StringBuilder();
    sb.append(Html.heading(c.title(), c.kindLabel(), ""));
    if (HomePage.hasFigures(c)) {
      sb.append("<p class=\"links\"><a href=\"")
          .append(Html.href("/figures", "c", c.id()))
          .append("\">figures and report</a></p>");
    }
    sb.append("<form class=\"filter\" method=\"get\" action=\"/runs\">")
        .append("<input type=\"hidden\" name=\"c\" value=\"")
        .append(Html.esc(c.id()))
        .append("\"><input type=\"search\" name=\"filter\" id=\"filter\" value=\"")
        .append(Html.esc(q.filter()))
        .append(
            "\" placeholder=\"filter, e.g. depth=3 and test_error&lt;1e-3\" aria-label=\"filter\">")
        .append("<button type=\"submit\">Apply</button>");
    if (!q.sort().isEmpty()) {
      sb.append("<input type=\"hidden\" name=\"sort\" value=\"")
          .append(Html.esc(q.sort()))
          .append("\">");
      if (q.descending()) {
        sb.append("<input type=\"hidden\" name=\"desc\" value=\"1\">");
      }
    }
    sb.append("<details class=\"columns\"><summary>Columns</summary><div>");
    for (String col : t.available()) {
      sb.append("<label><input type=\"checkbox\" name=\"col\" value=\"")
          .append(Html.esc(col))
          .append(t.shown().contains(col) ? "\" checked>" : "\">")
          .append(Html.esc(col))
          .append("</label>");
    }
    sb.append("</div></details></form>");
    sb.append("<form method=\"get\" action=\"/compare\" class=\"compare\">")
        .append("<div id=\"fragment\" data-fragment=\"")
        .append(fragmentUrl(q))
        .append("\">")
        .append(table(t, q))
        .append("</div><p><button type=\"submit\">Compare selected runs</button> ")
        .append("<span class=\"muted\">overlay one metric, e.g. the singular values, across the")
        .append(" runs you tick</span></p></form>");
    return Html.page(c.title() + " runs", sb.toString());
  }

  /**
   * @param t the table
   * @param q its query
   * @return the table's HTML (the part that live updates replace)
   */
  static String table(RunsTable t, Query q) {
    StringBuilder sb = new StringBuilder(256 + t.rows().size() * t.shown().size() * 40);
    sb.append("<p class=\"muted\" id=\"count\">")
        .append(t.rows().size())
        .append(" of ")
        .append(t.total())
        .append(
            " runs</p><div class=\"scroll\"><table class=\"runs\"><thead><tr><th></th><th>run</th>");
    for (String col : t.shown()) {
      boolean sorted = col.equals(q.sort());
      sb.append("<th><a href=\"")
          .append(sortHref(q, col, sorted && !q.descending()))
          .append("\">")
          .append(Html.esc(col))
          .append(sorted ? (q.descending() ? " ▼" : " ▲") : "")
          .append("</a></th>");
    }
    sb.append("</tr></thead><tbody>");
    for (RunEntry r : t.rows()) {
      sb.append("<tr><td><input type=\"checkbox\" name=\"r\" value=\"")
          .append(Html.esc(r.id()))
          .append("\" aria-label=\"select\"></td><td><a href=\"")
          .append(Html.href("/run", "r", r.id()))
          .append("\">")
          .append(Html.esc(r.name()))
          .append("</a></td>");
      for (String col : t.shown()) {
        Object v = r.value(col);
        sb.append(col.equals("status") ? "<td class=\"s-" + Html.esc(r.status()) + "\">" : "<td>")
            .append(Html.esc(Html.cell(v)))
            .append("</td>");
      }
      sb.append("</tr>");
    }
    return sb.append("</tbody></table></div>").toString();
  }

  private static String sortHref(Query q, String col, boolean descending) {
    return Html.href("/runs", params(q, col, descending, false));
  }

  private static String fragmentUrl(Query q) {
    return Html.href("/runs", params(q, q.sort(), q.descending(), true));
  }

  private static Object[] params(Query q, String sort, boolean descending, boolean fragment) {
    List<Object> p = new ArrayList<>();
    p.addAll(List.of("c", q.collection()));
    p.addAll(Arrays.asList("filter", q.filter().isEmpty() ? null : q.filter()));
    p.addAll(Arrays.asList("sort", sort.isEmpty() ? null : sort));
    p.addAll(Arrays.asList("desc", descending ? "1" : null));
    p.addAll(Arrays.asList("fragment", fragment ? "1" : null));
    for (String c : q.columns()) {
      p.addAll(List.of("col", c));
    }
    return p.toArray();
  }
}
