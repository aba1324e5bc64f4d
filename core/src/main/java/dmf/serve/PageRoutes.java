package dmf.serve;

import dmf.base.UserInputException;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/** The HTML pages: results (home), runs table, run, compare, figures and playground. */
final class PageRoutes {
  private PageRoutes() {}

  /**
   * @param routes where to add the routes
   * @param site what is served
   */
  static void add(RoutesConfig routes, Site site) {
    routes.get(
        "/", ctx -> html(ctx, fragment(ctx) ? HomePage.fragment(site) : HomePage.render(site)));
    routes.get(
        "/runs",
        ctx -> {
          Collection c = site.catalog().find(required(ctx, "c"));
          RunsPage.Query q =
              new RunsPage.Query(
                  c.id(),
                  ctx.queryParam("filter"),
                  ctx.queryParam("sort"),
                  "1".equals(ctx.queryParam("desc")),
                  ctx.queryParams("col"));
          if (fragment(ctx)) {
            html(
                ctx,
                RunsPage.table(
                    RunsTable.of(
                        site.reader().runs(c), q.filter(), q.sort(), q.descending(), q.columns()),
                    q));
          } else {
            html(ctx, RunsPage.render(site, c, q));
          }
        });
    routes.get(
        "/run", ctx -> html(ctx, RunPage.render(site, site.reader().run(required(ctx, "r")))));
    routes.get(
        "/compare",
        ctx -> {
          String metric = ctx.queryParam("metric");
          html(
              ctx,
              ComparePage.render(
                  site, ctx.queryParams("r"), metric == null || metric.isBlank() ? "sv" : metric));
        });
    routes.get(
        "/figures", ctx -> html(ctx, FiguresPage.render(site.catalog().find(required(ctx, "c")))));
    routes.get("/playground", ctx -> html(ctx, PlaygroundPage.render(site)));
  }

  /**
   * @param ctx a request
   * @param name a query parameter
   * @return its value
   * @throws UserInputException when it is missing or blank
   */
  static String required(Context ctx, String name) {
    String v = ctx.queryParam(name);
    if (v == null || v.isBlank()) {
      throw new UserInputException("missing parameter '" + name + "'");
    }
    return v;
  }

  private static boolean fragment(Context ctx) {
    return "1".equals(ctx.queryParam("fragment"));
  }

  private static void html(Context ctx, String body) {
    ctx.contentType("text/html; charset=utf-8").result(body);
  }
}
