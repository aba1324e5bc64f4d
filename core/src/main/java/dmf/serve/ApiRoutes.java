package dmf.serve;

import com.fasterxml.jackson.databind.ObjectMapper;
import dmf.base.UserInputException;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.sse.SseClient;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The JSON answers the pages' scripts use, the event stream, and the playground's two
 * state-changing requests (POST only, from this server's own pages only, refused when read-only).
 */
final class ApiRoutes {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private ApiRoutes() {}

  /**
   * @param routes where to add the routes
   * @param site what is served
   * @param watcher follows the watched runs
   * @param hub the event streams
   */
  static void add(RoutesConfig routes, Site site, FolderWatcher watcher, EventHub hub) {
    routes.get("/api/collections", ctx -> json(ctx, JsonText.of(collections(site))));
    routes.get(
        "/api/runs",
        ctx -> {
          Collection c = site.catalog().find(PageRoutes.required(ctx, "c"));
          RunsTable t =
              RunsTable.of(
                  site.reader().runs(c),
                  ctx.queryParam("filter"),
                  ctx.queryParam("sort"),
                  "1".equals(ctx.queryParam("desc")),
                  ctx.queryParams("col"));
          List<Map<String, Object>> rows = new ArrayList<>();
          for (RunEntry r : t.rows()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", r.id());
            List<Object> values = new ArrayList<>();
            t.shown().forEach(col -> values.add(r.value(col)));
            m.put("values", values);
            rows.add(m);
          }
          json(ctx, JsonText.of(Map.of("columns", t.shown(), "rows", rows, "total", t.total())));
        });
    routes.get(
        "/api/run",
        ctx -> json(ctx, JsonText.of(describe(site.reader().run(PageRoutes.required(ctx, "r"))))));
    routes.get(
        "/api/series",
        ctx -> {
          RunEntry run = site.reader().run(PageRoutes.required(ctx, "r"));
          String after = ctx.queryParam("after");
          if (after != null && !after.matches("-?[0-9]{1,18}")) {
            throw new UserInputException(
                "series: 'after' must be an iteration, got '" + after + "'");
          }
          String series = site.series().json(run, after == null ? null : Long.valueOf(after));
          json(
              ctx,
              "{\"run\":"
                  + JsonText.of(run.id())
                  + ",\"status\":"
                  + JsonText.of(run.status())
                  + ","
                  + series.substring(1));
        });
    routes.before("/api/events", ctx -> watchedRuns(site, ctx));
    routes.sse("/api/events", client -> open(client, watcher, hub));
    routes.get("/api/playground", ctx -> json(ctx, playground(site).json()));
    routes.post(
        "/api/playground",
        ctx -> {
          Guard.sameOrigin(ctx);
          PlaygroundJob job = playground(site).submit(form(ctx));
          Map<String, Object> m = job.toMap();
          m.put("url", "/run?r=" + job.run());
          ctx.status(202);
          json(ctx, JsonText.of(m));
        });
    routes.post(
        "/api/playground/stop",
        ctx -> {
          Guard.sameOrigin(ctx);
          String job = form(ctx).get("job");
          if (job == null || !job.matches("[0-9]{1,18}")) {
            throw new UserInputException("stop: parameter 'job' must be a job number");
          }
          boolean stopped = playground(site).stop(Long.parseLong(job));
          json(ctx, JsonText.of(Map.of("job", Long.parseLong(job), "stopping", stopped)));
        });
  }

  private static Playground playground(Site site) {
    if (site.readOnly()) {
      throw new ForbiddenException("this server is read-only (--read-only): no playground");
    }
    return site.playground();
  }

  private static List<Map<String, Object>> collections(Site site) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Collection c : site.catalog().collections()) {
      Progress p = Progress.of(site.reader().runs(c));
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", c.id());
      m.put("kind", c.kindLabel());
      m.put("title", c.title());
      m.put("total", p.total());
      m.put("completed", p.completed());
      m.put("failed", p.failed());
      m.put("running", p.running());
      m.put("waiting", p.waiting());
      m.put("stalled", p.stalled());
      m.put("wall_seconds", Double.isNaN(p.wallSeconds()) ? null : p.wallSeconds());
      List<Map<String, Object>> claims = new ArrayList<>();
      ReportClaims.read(c.dir().resolve(Layout.REPORT))
          .forEach(
              cl ->
                  claims.add(
                      Map.of(
                          "statement", cl.statement(),
                          "verdict", cl.verdict(),
                          "evidence", cl.evidence())));
      m.put("claims", claims);
      out.add(m);
    }
    return out;
  }

  private static Map<String, Object> describe(RunEntry r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", r.id());
    m.put("name", r.name());
    m.put("collection", r.collection());
    m.put("status", r.status());
    m.put("settings", r.settings());
    m.put("summary", r.summary());
    m.put("provenance", r.provenance());
    return m;
  }

  /** The runs an event stream watches (parameter run, repeatable), each a valid served id. */
  private static Set<String> watchedRuns(Site site, Context ctx) {
    Set<String> runs = new LinkedHashSet<>(ctx.queryParams("run"));
    if (runs.size() > ComparePage.MAX_RUNS) {
      throw new UserInputException("events: at most " + ComparePage.MAX_RUNS + " runs");
    }
    for (String id : runs) {
      site.roots().resolve(id);
    }
    ctx.attribute("runs", runs);
    return runs;
  }

  private static void open(SseClient client, FolderWatcher watcher, EventHub hub) {
    Set<String> runs = client.ctx().attribute("runs");
    Subscriber s =
        (event, data) -> {
          if (client.terminated()) {
            return false;
          }
          // A stream whose request Jetty has already recycled (the browser went away between two
          // events) is not always marked terminated, and sending to it only logs an error: touching
          // the request throws then, and the stream is dropped (see EventHub#broadcast).
          client.ctx().req().getHeader("Accept");
          client.sendEvent(event, data);
          return !client.terminated();
        };
    client.keepAlive();
    client.onClose(() -> hub.remove(s));
    watcher.subscribe(s, runs == null ? Set.of() : runs);
    s.send("hello", "{}");
  }

  /** The fields of a form post or of a JSON object body. */
  private static Map<String, String> form(Context ctx) {
    Map<String, String> out = new LinkedHashMap<>();
    String type = ctx.contentType() == null ? "" : ctx.contentType();
    if (type.startsWith("application/json")) {
      Map<?, ?> m;
      try {
        m = MAPPER.readValue(ctx.body(), Map.class);
      } catch (IOException e) {
        throw new UserInputException("the request body is not a JSON object");
      }
      m.forEach((k, v) -> out.put(String.valueOf(k), v == null ? "" : String.valueOf(v)));
      return out;
    }
    ctx.formParamMap().forEach((k, v) -> out.put(k, v.isEmpty() ? "" : v.get(v.size() - 1)));
    return out;
  }

  private static void json(Context ctx, String body) {
    ctx.contentType("application/json; charset=utf-8").result(body);
  }
}
