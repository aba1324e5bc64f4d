package dmf.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dmf.cli.Main;
import dmf.io.store.ResultsDb;
import dmf.io.store.RunFolder;
import dmf.io.store.RunRow;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The playground over HTTP: a depth-3 run posted like the page posts it trains in the server's
 * process, streams its records while it trains, and lands as an ordinary run folder in the
 * playground's sweep-like folder, stored in its results.db so that {@code dmf results list} shows
 * it.
 */
class PlaygroundHttpTest {
  @TempDir Path root;

  @Test
  void aRunStartedFromTheBrowserStreamsAndLandsAsARunFolder() throws Exception {
    try (DashboardServer server = ServeFixtures.serve(false, root)) {
      String form =
          "kind=completion&rows=40&cols=40&rank=2&observations=600&depth=3&init_scale=1e-3"
              + "&optimizer=gd&lr=0.3&seed=3&max_iters=1500&width=";
      HttpResponse<String> r =
          ServeSafetyTest.post(
              server, "/api/playground", form, "Origin", ServeSafetyTest.origin(server));
      assertEquals(202, r.statusCode(), r.body());
      Map<?, ?> job = new ObjectMapper().readValue(r.body(), Map.class);
      String run = (String) job.get("run");
      String name = (String) job.get("name");
      assertEquals("0/playground/runs/" + name, run);
      int points = 0;
      try (EventStream events =
          new EventStream(server, "run=" + URLEncoder.encode(run, StandardCharsets.UTF_8))) {
        assertNotNull(events.next("hello", Duration.ofSeconds(5)));
        while (events.next("points", Duration.ofSeconds(20)) != null) {
          points++;
          if (RunFolder.isComplete(root.resolve("playground/runs/" + name))) {
            break;
          }
        }
      }
      assertTrue(points > 3, "records stream while the run trains: " + points);
      Path dir = root.resolve("playground").resolve("runs").resolve(name);
      long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
      while (!finished(server) && System.nanoTime() < deadline) {
        Thread.sleep(100);
      }
      assertTrue(RunFolder.isComplete(dir), "an ordinary run folder");
      for (String f : List.of("config.toml", "provenance.json", "metrics.csv", "w.npy")) {
        assertTrue(Files.isRegularFile(dir.resolve(f)), f);
      }
      try (ResultsDb db = ResultsDb.openReadOnly(root.resolve("playground/results.db"))) {
        RunRow row = db.run(name).orElseThrow();
        assertEquals(RunRow.COMPLETED, row.status());
        assertEquals("playground", row.sweep());
        assertEquals(3L, ((Number) row.settings().get("depth")).longValue());
        assertEquals(10L, ((Number) row.settings().get("log_every")).longValue());
      }
      assertTrue(Files.readString(root.resolve("playground/sweep.json")).contains(name));
      assertTrue(resultsList(root.resolve("playground")).contains(name), "dmf results list");
      String home = ServedTree.get(server, "/").body();
      assertTrue(home.contains(">playground</span>") && home.contains("<b>1/1</b> done"), home);
      String series =
          ServedTree.get(server, "/api/series?r=" + URLEncoder.encode(run, StandardCharsets.UTF_8))
              .body();
      assertTrue(series.contains("\"sv_10\""), "ten singular values");
      HttpResponse<String> again =
          ServeSafetyTest.post(
              server, "/api/playground", form, "Origin", ServeSafetyTest.origin(server));
      assertEquals(name, new ObjectMapper().readValue(again.body(), Map.class).get("name"));
      while (ServedTree.get(server, "/api/playground").body().contains("\"queued\"")) {
        Thread.sleep(50);
      }
      assertTrue(
          ServedTree.get(server, "/api/playground").body().contains("already trained"),
          "the same settings are not trained twice");
    }
  }

  @Test
  void aRunningJobStopsOnRequestAndIsWrittenAsInterrupted() throws Exception {
    try (DashboardServer server = ServeFixtures.serve(false, root)) {
      String origin = ServeSafetyTest.origin(server);
      String form = "rows=120&cols=120&rank=5&observations=5000&depth=3&max_iters=200000&lr=1e-3";
      HttpResponse<String> r =
          ServeSafetyTest.post(server, "/api/playground", form, "Origin", origin);
      assertEquals(202, r.statusCode(), r.body());
      Map<?, ?> job = new ObjectMapper().readValue(r.body(), Map.class);
      long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (!ServedTree.get(server, "/api/playground").body().contains("\"running\"")
          && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
      HttpResponse<String> stop =
          ServeSafetyTest.post(
              server, "/api/playground/stop", "job=" + job.get("job"), "Origin", origin);
      assertEquals(200, stop.statusCode(), stop.body());
      assertTrue(stop.body().contains("\"stopping\":true"));
      Path dir = root.resolve("playground/runs").resolve((String) job.get("name"));
      deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (!ServedTree.get(server, "/api/playground").body().contains("\"stopped\"")
          && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
      assertTrue(
          ServedTree.get(server, "/api/playground").body().contains("\"state\":\"stopped\""));
      assertTrue(Files.readString(dir.resolve("summary.json")).contains("\"interrupted\""));
      HttpResponse<String> again =
          ServeSafetyTest.post(
              server, "/api/playground/stop", "job=" + job.get("job"), "Origin", origin);
      assertTrue(again.body().contains("\"stopping\":false"), "nothing left to stop");
    }
  }

  private static boolean finished(DashboardServer server) {
    String jobs = ServedTree.get(server, "/api/playground").body();
    return jobs.contains("\"state\":\"completed\"");
  }

  private static String resultsList(Path folder) {
    PrintStream old = System.out;
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
    try {
      assertEquals(0, Main.execute("results", "list", folder.toString()));
    } finally {
      System.setOut(old);
    }
    return buf.toString(StandardCharsets.UTF_8);
  }
}
