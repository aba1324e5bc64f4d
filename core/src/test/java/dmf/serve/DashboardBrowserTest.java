package dmf.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dmf.experiment.RunSpec;
import dmf.io.store.ResultsDb;
import dmf.io.store.RunFolder;
import dmf.io.store.RunRow;
import dmf.testing.Shared;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dashboard in a real browser (headless Chromium) over a real sweep: the runs table, the
 * singular value series of a run page, points of a run being written appearing live, and a
 * playground run. With {@code DMF_SCREENSHOTS=1} (or {@code -Ddmf.screenshots=true}) it also writes
 * the screenshots of docs/dashboard.md to docs/img/.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DashboardBrowserTest {
  @TempDir static Path tmp;
  static Path root;
  static List<RunSpec> runs;
  static DashboardServer server;
  static Browser browser;

  @BeforeAll
  static void start() {
    root = tmp.resolve("results");
    runs = ServeFixtures.smallSweep(root.resolve("depths"));
    server = ServeFixtures.serve(false, root);
    try {
      browser = Browser.start(tmp.resolve("profile"));
    } catch (RuntimeException e) {
      server.close();
      Assumptions.abort("skipped: no browser can be started here (" + firstLine(e) + ")");
    }
  }

  static String firstLine(Throwable e) {
    String m = String.valueOf(e.getMessage());
    return m.lines().findFirst().orElse(m);
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.close();
    }
    if (server != null) {
      server.close();
    }
  }

  static String url(String pathAndQuery) {
    return server.url() + pathAndQuery.substring(1);
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  static String runId(int i) {
    return "0/depths/runs/" + runs.get(i).id();
  }

  @Test
  @Order(1)
  void runsTableHasOneRowPerRun() {
    browser.open(url("/runs?c=0/depths"));
    assertEquals(
        3.0, browser.number("return document.querySelectorAll('table.runs tbody tr').length"));
    browser.open(url("/runs?c=0/depths&filter=" + enc("depth>=2")));
    assertEquals(
        2.0, browser.number("return document.querySelectorAll('table.runs tbody tr').length"));
  }

  @Test
  @Order(1)
  void newRunsAppearInTheOpenRunsTableWithinTwoSeconds(TestReporter reporter) throws Exception {
    Path sweep = root.resolve("growing");
    Files.createDirectories(sweep.resolve("runs"));
    Files.writeString(sweep.resolve("sweep.json"), sweepJson("a00000000001"));
    browser.open(url("/runs?c=0/growing"));
    browser.await(
        "the stream",
        Duration.ofSeconds(10),
        () -> browser.number("return DMF.events.readyState") == 1);
    assertEquals(
        1.0, browser.number("return document.querySelectorAll('table.runs tbody tr').length"));
    long t0 = System.nanoTime();
    // A sweep writer adds a run to its list and starts the first one.
    Files.writeString(sweep.resolve("sweep.json"), sweepJson("a00000000001", "a00000000002"));
    ServeFixtures.startRun(sweep.resolve("runs").resolve("a00000000001"));
    browser.await(
        "two rows, one running",
        Duration.ofSeconds(10),
        () ->
            browser.number("return document.querySelectorAll('table.runs tbody tr').length") == 2
                && browser.number("return document.querySelectorAll('td.s-running').length") == 1);
    long ms = (System.nanoTime() - t0) / 1_000_000;
    reporter.publishEntry("new runs shown after ms", Long.toString(ms));
    assertTrue(ms <= 2000, "new runs appeared after " + ms + " ms");
  }

  static String sweepJson(String... ids) {
    StringBuilder sb = new StringBuilder("[");
    for (String id : ids) {
      sb.append(sb.length() > 1 ? "," : "")
          .append("{\"run_id\":\"")
          .append(id)
          .append("\",\"settings\":{\"depth\":3,\"kind\":\"completion\"}}");
    }
    return sb.append("]").toString();
  }

  @Test
  @Order(2)
  void runPageDrawsOneSeriesPerSingularValue() throws IOException {
    String id = runId(2);
    browser.open(url("/run?r=" + enc(id)));
    browser.await(
        "the σ chart",
        Duration.ofSeconds(20),
        () -> browser.number("return DMF.charts.sv ? 1 : 0") == 1);
    List<String> header =
        Arrays.asList(
            Files.readAllLines(root.resolve(id.substring(2)).resolve("metrics.csv"))
                .get(0)
                .split(","));
    long sv = header.stream().filter(c -> c.matches("sv_\\d+")).count();
    assertEquals(ServeFixtures.TOP_K, sv);
    assertEquals(sv, browser.number("return DMF.charts.sv.series.length") - 1, "one line per σᵢ");
    long rows = Files.readAllLines(root.resolve(id.substring(2)).resolve("metrics.csv")).size() - 1;
    assertEquals(rows, browser.number("return DMF.charts.sv.data[0].length"), "every logged point");
    for (String chart : List.of("loss", "nuclear", "erank", "balance", "align")) {
      assertEquals(1.0, browser.number("return DMF.charts['" + chart + "'] ? 1 : 0"), chart);
    }
    assertEquals(2.0, browser.number("return DMF.charts.align.bands.length"), "two std bands");
    assertEquals("[]", browser.js("return JSON.stringify(DMF.errors)"), "no script errors");
  }

  @Test
  @Order(3)
  void pointsOfARunBeingWrittenAppearWithinTwoSeconds(TestReporter reporter) throws Exception {
    Path live = root.resolve("live-run");
    ServeFixtures.startRun(live);
    browser.open(url("/run?r=" + enc("0/live-run")));
    browser.await(
        "the stream",
        Duration.ofSeconds(10),
        () -> browser.number("return DMF.events.readyState") == 1);
    browser.await(
        "the series read",
        Duration.ofSeconds(10),
        () ->
            browser
                .js("return document.getElementById('charts-note').textContent")
                .toString()
                .contains("no metrics"));
    long worst = 0;
    for (int batch = 0; batch < 3; batch++) {
      long first = batch * 10L;
      long t0 = System.nanoTime();
      ServeFixtures.appendRows(live, first, 10);
      long last = first + 9;
      browser.await(
          "iteration " + last + " in the chart",
          Duration.ofSeconds(10),
          () -> browser.number("return DMF.lastIteration") == last);
      long ms = (System.nanoTime() - t0) / 1_000_000;
      worst = Math.max(worst, ms);
      reporter.publishEntry("iteration " + last + " drawn after ms", Long.toString(ms));
    }
    assertEquals(3.0, browser.number("return DMF.charts.sv.series.length - 1"));
    assertEquals(30.0, browser.number("return DMF.charts.sv.data[0].length"));
    assertTrue(worst <= 2000, "points appeared after " + worst + " ms");
    ServeFixtures.finishRun(live);
  }

  @Test
  @Order(4)
  void aDepth3PlaygroundRunStreamsItsSingularValuesAndLandsAsARun() throws Exception {
    browser.open(url("/playground"));
    browser.js(
        "const f = document.getElementById('playground');"
            + "const v = {rows: 40, cols: 40, rank: 3, observations: 700, depth: 3, optimizer: 'gd',"
            + " lr: 0.25, init_scale: 1e-3, seed: 1, max_iters: 3000};"
            + "for (const k in v) f.elements[k].value = v[k];"
            + "f.requestSubmit();");
    browser.await(
        "the job", Duration.ofSeconds(10), () -> browser.number("return DMF.lastJob ? 1 : 0") == 1);
    String run = browser.js("return DMF.lastJob.run").toString();
    String name = browser.js("return DMF.lastJob.name").toString();
    Path dir = root.resolve("playground/runs").resolve(name);
    browser.await(
        "σ lines",
        Duration.ofSeconds(30),
        () -> browser.number("return DMF.charts.sv ? DMF.charts.sv.series.length : 0") == 11);
    double early = browser.number("return DMF.points");
    boolean grewWhileTraining = false;
    long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
    while (!RunFolder.isComplete(dir) && System.nanoTime() < deadline) {
      if (browser.number("return DMF.points") > early && !RunFolder.isComplete(dir)) {
        grewWhileTraining = true;
      }
      Thread.sleep(50);
    }
    assertTrue(grewWhileTraining, "the chart grew while the run trained");
    assertTrue(RunFolder.isComplete(dir), "the run finished and wrote its folder");
    browser.await(
        "the playground's record",
        Duration.ofSeconds(20),
        () -> {
          try (ResultsDb db = ResultsDb.openReadOnly(root.resolve("playground/results.db"))) {
            return db.run(name).map(RunRow::isCompleted).orElse(false);
          } catch (RuntimeException e) {
            return false;
          }
        });
    assertEquals("0/playground/runs/" + name, run);
    if (screenshots()) {
      browser.size(1280, 1500);
      browser.screenshot(docsImg("dashboard-playground.png"));
    }
  }

  @Test
  @Order(5)
  void screenshotsForTheDocs() throws Exception {
    Assumptions.assumeTrue(screenshots(), "screenshots are written with DMF_SCREENSHOTS=1");
    // A run that `dmf train --out` is writing, and (when given) a reproduction to show its claims.
    Path training = root.resolve("train-out");
    ServeFixtures.startRun(training);
    ServeFixtures.appendRows(training, 0, 40);
    String repro = System.getenv("DMF_SCREENSHOT_REPRO");
    if (repro != null && Files.isDirectory(Path.of(repro))) {
      copy(Path.of(repro), root.resolve("demo"));
    }
    browser.size(1280, 900);
    browser.open(url("/"));
    browser.await(
        "home",
        Duration.ofSeconds(10),
        () -> browser.number("return document.querySelectorAll('.card').length") >= 3);
    Thread.sleep(500);
    browser.screenshot(docsImg("dashboard-home.png"));
    if (Files.isDirectory(root.resolve("demo"))) {
      browser.open(url("/figures?c=0/demo"));
      Thread.sleep(500);
      browser.screenshot(docsImg("dashboard-figures.png"));
    }
    browser.size(1280, 1600);
    browser.open(url("/run?r=" + enc(runId(2))));
    browser.await(
        "charts",
        Duration.ofSeconds(20),
        () -> browser.number("return DMF.charts.align ? 1 : 0") == 1);
    Thread.sleep(500);
    browser.screenshot(docsImg("dashboard-run.png"));
    browser.size(1280, 840);
    browser.open(
        url(
            "/compare?metric=sv&r="
                + enc(runId(0))
                + "&r="
                + enc(runId(1))
                + "&r="
                + enc(runId(2))));
    browser.await(
        "compare",
        Duration.ofSeconds(20),
        () ->
            browser.number("return DMF.charts.compare ? DMF.charts.compare.series.length : 0")
                == 1 + 3 * ServeFixtures.TOP_K);
    Thread.sleep(500);
    browser.screenshot(docsImg("dashboard-compare.png"));
    browser.size(420, 900);
    browser.open(url("/runs?c=0/depths"));
    Thread.sleep(500);
    browser.screenshot(docsImg("dashboard-narrow.png"));
    assertEquals("[]", browser.js("return JSON.stringify(DMF.errors)"), "no script errors");
  }

  static void copy(Path from, Path to) throws IOException {
    try (var files = Files.walk(from)) {
      for (Path f : (Iterable<Path>) files::iterator) {
        Path t = to.resolve(from.relativize(f).toString());
        if (Files.isDirectory(f)) {
          Files.createDirectories(t);
        } else {
          Files.copy(f, t);
        }
      }
    }
  }

  static boolean screenshots() {
    return "1".equals(System.getenv("DMF_SCREENSHOTS")) || Boolean.getBoolean("dmf.screenshots");
  }

  static Path docsImg(String name) {
    return Shared.ROOT.resolve("docs").resolve("img").resolve(name);
  }
}
