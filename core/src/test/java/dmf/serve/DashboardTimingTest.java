package dmf.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dmf.experiment.RunSpec;
import dmf.experiment.SweepSpec;
import dmf.io.ConfigFiles;
import dmf.io.Json;
import dmf.io.store.ResultsDb;
import dmf.io.store.RunRow;
import java.io.BufferedWriter;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Load times against the dashboard's targets, printed (not asserted): the runs table of a 300-run
 * sweep and a run page with 10⁴ logged points per series, over HTTP and in headless Chromium until
 * the table is laid out or the charts are drawn. Run with {@code mvn -pl core test
 * -Ddmf.excludedGroups= -Dgroups=slow -Dtest=DashboardTimingTest}.
 */
@Tag("slow")
@Tag("benchmark")
class DashboardTimingTest {
  @TempDir Path tmp;

  static final int RUNS = 300;
  static final int POINTS = 10_000;
  static final int REPEATS = 5;

  @Test
  void runsTableOf300RunsAndRunPageOf10kPoints() throws Exception {
    Path root = tmp.resolve("results");
    Path sweep = root.resolve("big");
    List<RunSpec> runs = bigSweep(sweep);
    Path longRun = sweep.resolve("runs").resolve(runs.get(0).id());
    writeMetrics(longRun.resolve("metrics.csv"), POINTS);
    String runId = "0/big/runs/" + runs.get(0).id();
    try (DashboardServer server = ServeFixtures.serve(true, root)) {
      double[] table = new double[REPEATS];
      double[] series = new double[REPEATS];
      for (int i = 0; i < REPEATS; i++) {
        long t0 = System.nanoTime();
        String html = ServedTree.get(server, "/runs?c=0/big").body();
        table[i] = (System.nanoTime() - t0) * 1e-6;
        assertEquals(RUNS, ServeHttpTest.rows(html));
        t0 = System.nanoTime();
        ServedTree.get(server, "/api/series?r=" + URLEncoder.encode(runId, StandardCharsets.UTF_8));
        series[i] = (System.nanoTime() - t0) * 1e-6;
      }
      report("HTTP GET runs table, " + RUNS + " runs", table);
      report("HTTP GET series, " + POINTS + " rows", series);
      Browser browser;
      try {
        browser = Browser.start(tmp.resolve("profile"));
      } catch (RuntimeException e) {
        Assumptions.abort("no browser: " + e.getMessage());
        return;
      }
      try (browser) {
        double[] page = new double[REPEATS];
        double[] charts = new double[REPEATS];
        double[] script = new double[REPEATS];
        double[] fetched = new double[REPEATS];
        for (int i = 0; i < REPEATS; i++) {
          browser.open(server.url() + "runs?c=0%2Fbig");
          page[i] =
              browser.number(
                  "const n = performance.getEntriesByType('navigation')[0];"
                      + " return n.loadEventEnd - n.startTime;");
          assertEquals(
              RUNS,
              browser.number("return document.querySelectorAll('table.runs tbody tr').length"));
          browser.open(server.url() + "run?r=" + URLEncoder.encode(runId, StandardCharsets.UTF_8));
          try {
            browser.await(
                "charts",
                Duration.ofSeconds(30),
                () -> browser.number("return DMF.readyAt || 0") > 0);
          } catch (AssertionError e) {
            throw new AssertionError(
                "no charts in round "
                    + i
                    + "; stream "
                    + browser.js("return DMF.events && DMF.events.readyState")
                    + "; script errors: "
                    + browser.js("return DMF.errors")
                    + ", points "
                    + browser.js("return DMF.points")
                    + ", note "
                    + browser.js("return document.getElementById('charts-note').textContent"),
                e);
          }
          charts[i] =
              browser.number(
                  "return DMF.readyAt - performance.getEntriesByType('navigation')[0].startTime");
          script[i] = browser.number("return DMF.timing.script");
          fetched[i] = browser.number("return DMF.timing.fetched");
          assertEquals(POINTS, browser.number("return DMF.charts.sv.data[0].length"));
          assertEquals(10, browser.number("return DMF.charts.sv.series.length - 1"));
        }
        report("browser: runs table page loaded, " + RUNS + " runs", page);
        report("browser: run page charts drawn, " + POINTS + " points/series", charts);
        report("  of which: page script started", script);
        report("  of which: series read", fetched);
      }
    }
  }

  private static void report(String what, double[] ms) {
    double[] s = ms.clone();
    Arrays.sort(s);
    System.err.printf(
        Locale.ROOT,
        "timing: %-52s median %7.1f ms  (min %.1f, max %.1f, n=%d) target 1000 ms%n",
        what,
        s[s.length / 2],
        s[0],
        s[s.length - 1],
        s.length);
  }

  /** A sweep of 300 real run specs, stored as a finished sweep writes them (no training). */
  static List<RunSpec> bigSweep(Path dir) throws IOException {
    Map<String, Object> base = new LinkedHashMap<>();
    base.put("kind", "completion");
    base.put("rank", 5);
    Map<String, List<Object>> grid = new LinkedHashMap<>();
    grid.put("observations", List.of(1000, 1500, 2000, 2500, 3000, 3500, 4000, 4500, 5000, 6000));
    grid.put("depth", List.of(1, 2, 3));
    List<RunSpec> runs = new SweepSpec("big", 0, 10, base, grid, List.of()).expand();
    assertEquals(RUNS, runs.size());
    List<Map<String, Object>> index = new ArrayList<>();
    SplittableRandom rnd = new SplittableRandom(1);
    try (ResultsDb db = ResultsDb.open(dir.resolve("results.db"))) {
      for (RunSpec r : runs) {
        index.add(Map.of("run_id", r.id(), "settings", r.settings()));
        Path f = dir.resolve("runs").resolve(r.id());
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("train_loss", 1e-6 * rnd.nextDouble());
        summary.put("test_error", Math.pow(10, -6 + 6 * rnd.nextDouble()));
        summary.put("nuclear_norm", 200 + rnd.nextDouble());
        summary.put("effective_rank", 5 + rnd.nextDouble());
        summary.put("iterations", 20000);
        summary.put("stop_reason", "converged");
        summary.put("seconds", 3 * rnd.nextDouble());
        summary.put("singular_values", List.of(50.0, 40.0, 30.0, 20.0, 10.0));
        Map<String, Object> provenance =
            Map.of(
                "seed",
                0,
                "start_time",
                Instant.now().toString(),
                "end_time",
                Instant.now().toString());
        ConfigFiles.writeToml(f.resolve("config.toml"), r.settings());
        Json.write(f.resolve("provenance.json"), provenance);
        writeMetrics(f.resolve("metrics.csv"), 3);
        Json.write(f.resolve("summary.json"), summary);
        db.upsertRun(
            new RunRow(
                r.id(),
                "big",
                RunRow.COMPLETED,
                r.settings(),
                summary,
                provenance,
                Instant.now().toString()));
      }
    }
    Json.write(dir.resolve("sweep.json"), index);
    return runs;
  }

  /** A metrics.csv with the columns of a deep run (10 singular values) and {@code rows} rows. */
  static void writeMetrics(Path file, int rows) throws IOException {
    List<String> cols =
        new ArrayList<>(
            List.of(
                "iteration",
                "seconds",
                "train_loss",
                "test_error",
                "unobserved_error",
                "relative_error",
                "nuclear_norm",
                "effective_rank",
                "schatten_2_over_n",
                "schatten_half",
                "frobenius_norm",
                "grad_norm",
                "e2e_grad_norm",
                "balance",
                "align_diag_mean",
                "align_diag_std",
                "align_offdiag_mean",
                "align_offdiag_std",
                "step_size",
                "time",
                "grad_evals"));
    for (int k = 1; k <= 10; k++) {
      cols.add("sv_" + k);
    }
    Files.createDirectories(file.getParent());
    SplittableRandom rnd = new SplittableRandom(2);
    try (BufferedWriter w = Files.newBufferedWriter(file)) {
      w.write(String.join(",", cols));
      w.write('\n');
      for (int i = 0; i < rows; i++) {
        w.write(Long.toString(i * 10L));
        for (int j = 1; j < cols.size(); j++) {
          w.write(',');
          w.write(Double.toString(Math.exp(-i / 2000.0) * (1 + rnd.nextDouble())));
        }
        w.write('\n');
      }
    }
  }
}
