package dmf.serve;

import static dmf.serve.ServedTree.get;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every page and read-only endpoint of the dashboard, over a real sweep. */
class ServeHttpTest {
  @TempDir static Path tmp;
  static ServedTree tree;
  static DashboardServer server;
  static final ObjectMapper JSON = new ObjectMapper();

  @BeforeAll
  static void start() {
    tree = ServedTree.create(tmp);
    server = ServeFixtures.serve(false, tree.root());
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  static int rows(String html) {
    Matcher m = Pattern.compile("<input type=\"checkbox\" name=\"r\"").matcher(html);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  @Test
  void homeListsEveryCollectionWithProgressAndClaims() {
    HttpResponse<String> r = get(server, "/");
    assertEquals(200, r.statusCode());
    assertTrue(r.headers().firstValue("content-type").orElse("").startsWith("text/html"));
    String html = r.body();
    assertTrue(html.contains("<b>3/3</b> done"), html);
    assertTrue(html.contains(">sweep</span>") && html.contains(">reproduction</span>"));
    assertTrue(html.contains(">run folders</span>"), "the loose run is listed");
    assertTrue(html.contains("v-holds\">holds</span> depth 3 beats depth 2"));
    assertTrue(html.contains("v-fails\">fails</span> depth 2 rivals nuclear norm"));
    assertEquals(
        200, get(server, "/?fragment=1").statusCode(), "the live fragment of the home page");
    assertFalse(get(server, "/?fragment=1").body().contains("<html"));
  }

  @Test
  void collectionsAnswerJsonWithProgress() throws IOException {
    HttpResponse<String> r = get(server, "/api/collections");
    assertEquals(200, r.statusCode());
    List<?> list = JSON.readValue(r.body(), List.class);
    Map<?, ?> sweep =
        list.stream()
            .map(o -> (Map<?, ?>) o)
            .filter(m -> m.get("id").equals("0/sweep"))
            .findFirst()
            .orElseThrow();
    assertEquals(3, sweep.get("total"));
    assertEquals(3, sweep.get("completed"));
    assertEquals(0, sweep.get("running"));
    assertTrue(((Number) sweep.get("wall_seconds")).doubleValue() > 0);
    Map<?, ?> repro =
        list.stream()
            .map(o -> (Map<?, ?>) o)
            .filter(m -> m.get("id").equals("0/repro"))
            .findFirst()
            .orElseThrow();
    assertEquals(2, ((List<?>) repro.get("claims")).size());
  }

  @Test
  void runsTableListsFiltersSortsAndChoosesColumns() {
    String all = get(server, "/runs?c=0/sweep").body();
    assertEquals(3, rows(all));
    assertTrue(all.contains("<a href=\"/runs?c=0%2Fsweep&amp;sort=depth\">depth</a>"), all);
    String depth3 = get(server, "/runs?c=0/sweep&filter=" + enc("depth=3 and test_error<1")).body();
    assertEquals(1, rows(depth3));
    assertEquals(2, rows(get(server, "/runs?c=0/sweep&filter=" + enc("depth>=2")).body()));
    assertEquals(0, rows(get(server, "/runs?c=0/sweep&filter=" + enc("status!=completed")).body()));
    String sorted =
        get(server, "/runs?c=0/sweep&sort=depth&desc=1&col=depth&col=test_error").body();
    int d3 = sorted.indexOf("<td>3</td>");
    int d1 = sorted.indexOf("<td>1</td>");
    assertTrue(d3 > 0 && d1 > d3, "descending by depth");
    assertTrue(sorted.contains("depth ▼"));
    String fragment = get(server, "/runs?c=0/sweep&fragment=1").body();
    assertEquals(3, rows(fragment));
    assertFalse(fragment.contains("<html"));
    assertEquals(1, rows(get(server, "/runs?c=0/loose").body()), "loose run folders");
  }

  @Test
  void runsTableRefusesBadParameters() {
    HttpResponse<String> bad = get(server, "/runs?c=0/sweep&filter=" + enc("depth=3 and"));
    assertEquals(400, bad.statusCode());
    assertTrue(bad.body().contains("filter: expected a column name"), bad.body());
    HttpResponse<String> unknown = get(server, "/runs?c=0/sweep&filter=" + enc("dpeth=3"));
    assertEquals(400, unknown.statusCode());
    assertTrue(unknown.body().contains("unknown column &#39;dpeth&#39;"), unknown.body());
    assertEquals(400, get(server, "/runs?c=0/sweep&sort=nope").statusCode());
    assertEquals(400, get(server, "/runs").statusCode());
    assertEquals(404, get(server, "/runs?c=0/nothing").statusCode());
    assertEquals(400, get(server, "/api/runs?c=0/sweep&col=nope").statusCode());
  }

  @Test
  void runsAnswerJson() throws IOException {
    HttpResponse<String> r =
        get(server, "/api/runs?c=0/sweep&col=depth&col=status&sort=depth&filter=" + enc("depth<3"));
    assertEquals(200, r.statusCode());
    Map<?, ?> m = JSON.readValue(r.body(), Map.class);
    assertEquals(List.of("depth", "status"), m.get("columns"));
    assertEquals(3, m.get("total"));
    List<?> rows = (List<?>) m.get("rows");
    assertEquals(2, rows.size());
    assertEquals(List.of(1, "completed"), ((Map<?, ?>) rows.get(0)).get("values"));
  }

  @Test
  void runPageAndRunJson() throws IOException {
    String id = tree.firstRun();
    HttpResponse<String> page = get(server, "/run?r=" + enc(id));
    assertEquals(200, page.statusCode());
    assertTrue(page.body().contains("data-run=\"" + id + "\""));
    assertTrue(page.body().contains("<th>depth</th><td>1</td>"));
    assertTrue(page.body().contains("git_commit") || page.body().contains("dmf_version"));
    Map<?, ?> run = JSON.readValue(get(server, "/api/run?r=" + enc(id)).body(), Map.class);
    assertEquals("completed", run.get("status"));
    assertEquals(1, ((Map<?, ?>) run.get("settings")).get("depth"));
    assertEquals(404, get(server, "/run?r=" + enc("0/sweep/runs/000000000000")).statusCode());
    assertEquals(400, get(server, "/run").statusCode());
  }

  @Test
  void seriesHoldEveryLoggedRowAndColumn() throws IOException {
    String id = tree.firstRun();
    Path csv = tree.root().resolve(id.substring(2)).resolve("metrics.csv");
    List<String> lines = Files.readAllLines(csv);
    Map<?, ?> s = JSON.readValue(get(server, "/api/series?r=" + enc(id)).body(), Map.class);
    List<?> columns = (List<?>) s.get("columns");
    assertEquals(List.of(lines.get(0).split(",")), columns);
    for (int k = 1; k <= ServeFixtures.TOP_K; k++) {
      assertTrue(columns.contains("sv_" + k));
    }
    List<?> iterations = (List<?>) ((List<?>) s.get("data")).get(0);
    assertEquals(lines.size() - 1, iterations.size());
    assertEquals(
        Long.parseLong(lines.get(lines.size() - 1).split(",")[0]),
        ((Number) iterations.get(iterations.size() - 1)).longValue());
    assertEquals("completed", s.get("status"));
    long third = ((Number) iterations.get(2)).longValue();
    Map<?, ?> tail =
        JSON.readValue(
            get(server, "/api/series?r=" + enc(id) + "&after=" + third).body(), Map.class);
    List<?> later = (List<?>) ((List<?>) tail.get("data")).get(0);
    assertEquals(iterations.subList(3, iterations.size()), later, "only the rows after it");
    assertEquals(400, get(server, "/api/series?r=" + enc(id) + "&after=x").statusCode());
    assertEquals(400, get(server, "/api/series").statusCode());
  }

  @Test
  void comparePageNamesRunsByTheirDifferences() {
    String a = tree.firstRun();
    String b = "0/sweep/runs/" + tree.runs().get(2).id();
    HttpResponse<String> r = get(server, "/compare?metric=sv&r=" + enc(a) + "&r=" + enc(b));
    assertEquals(200, r.statusCode());
    assertTrue(r.body().contains("data-label=\"depth=1\""), r.body());
    assertTrue(r.body().contains("data-label=\"depth=3\""));
    assertEquals(400, get(server, "/compare").statusCode());
    assertEquals(400, get(server, "/compare?r=" + enc(a) + "&metric=" + enc("x;y")).statusCode());
  }

  @Test
  void figuresPageRendersTheReportSafely() {
    HttpResponse<String> r = get(server, "/figures?c=0/repro");
    assertEquals(200, r.statusCode());
    String html = r.body();
    assertTrue(html.contains("<img src=\"/files/0/repro/fig.png\" alt=\"fig\""), html);
    assertTrue(html.contains("<td>0.5</td>"), "tables are rendered");
    assertFalse(html.contains("<script>alert(1)"), "raw HTML in a report is escaped");
    assertTrue(html.contains("/files/0/repro/fig.svg"), "the gallery links both formats");
    assertEquals(404, get(server, "/figures?c=0/none").statusCode());
  }

  @Test
  void playgroundPageHasTheForm() {
    String html = get(server, "/playground").body();
    assertTrue(html.contains("<form id=\"playground\""));
    for (String field : PlaygroundForm.DEFAULTS.keySet()) {
      assertTrue(html.contains("name=\"" + field + "\""), field);
    }
    assertTrue(get(server, "/api/playground").body().startsWith("{\"jobs\":["));
  }

  @Test
  void filesAndAssets() throws Exception {
    HttpResponse<byte[]> png =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(server.url() + "files/0/repro/fig.png")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    assertEquals(200, png.statusCode());
    assertEquals("image/png", png.headers().firstValue("content-type").orElse(""));
    assertArrayEquals(ServedTree.PNG, png.body());
    HttpResponse<String> svg = get(server, "/files/0/repro/fig.svg");
    assertEquals(200, svg.statusCode());
    assertTrue(svg.headers().firstValue("content-security-policy").orElse("").contains("sandbox"));
    assertEquals(404, get(server, "/files/0/repro").statusCode(), "folders are not listed");
    assertEquals(404, get(server, "/files/0/repro/none.png").statusCode());
    HttpResponse<String> uplot = get(server, "/assets/uPlot.iife.min.js");
    assertEquals(200, uplot.statusCode());
    assertTrue(uplot.body().contains("uPlot"));
    assertTrue(
        get(server, "/assets/dash.css")
            .headers()
            .firstValue("content-type")
            .orElse("")
            .startsWith("text/css"));
    assertEquals(404, get(server, "/assets/nope.js").statusCode());
    assertEquals("nosniff", uplot.headers().firstValue("x-content-type-options").orElse(""));
  }
}
