package dmf.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The event stream: a simulated writer appends to a run's metrics.csv (header first, whole lines)
 * and adds runs; the server, polling the folder, pushes the new points and the changed collection.
 */
class LiveEventsTest {
  @TempDir Path root;
  DashboardServer server;

  @BeforeEach
  void start() {
    server = ServeFixtures.serve(true, root);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void pushesNewMetricRowsOfAWatchedRunAndItsEnd() throws Exception {
    Path run = root.resolve("live");
    ServeFixtures.startRun(run);
    ServeFixtures.appendRows(run, 0, 3);
    String id = "0/live";
    try (EventStream events =
        new EventStream(server, "run=" + URLEncoder.encode(id, StandardCharsets.UTF_8))) {
      assertEquals(200, events.status());
      assertNotNull(events.next("hello", Duration.ofSeconds(5)));
      // What was written before the stream opened is read with /api/series, not pushed.
      ServeFixtures.appendRows(run, 3, 2);
      Files.writeString(run.resolve("metrics.csv"), "5,0.1,0.5", StandardOpenOption.APPEND);
      EventStream.Event e = events.next("points", Duration.ofSeconds(2));
      assertNotNull(e, "new rows are pushed within 2 s");
      Map<?, ?> m = new ObjectMapper().readValue(e.data(), Map.class);
      assertEquals(id, m.get("run"));
      assertEquals(ServeFixtures.LIVE_COLUMNS, m.get("columns"));
      assertEquals(List.of(3, 4), ((List<?>) m.get("data")).get(0), "only the whole new lines");
      Files.writeString(run.resolve("metrics.csv"), ",1,2,3,4\n", StandardOpenOption.APPEND);
      e = events.next("points", Duration.ofSeconds(2));
      assertNotNull(e, "the completed line follows");
      m = new ObjectMapper().readValue(e.data(), Map.class);
      assertEquals(List.of(5), ((List<?>) m.get("data")).get(0));
      ServeFixtures.finishRun(run);
      EventStream.Event done = events.next("status", Duration.ofSeconds(2));
      assertNotNull(done, "the end of the run is pushed");
      assertTrue(done.data().contains("\"run\":\"0/live\""));
    }
  }

  @Test
  void tellsEveryPageWhenACollectionGainsOrFinishesRuns() throws Exception {
    try (EventStream events = new EventStream(server, "")) {
      assertNotNull(events.next("hello", Duration.ofSeconds(5)));
      Path sweep = root.resolve("sw");
      Files.createDirectories(sweep.resolve("runs"));
      Files.writeString(
          sweep.resolve("sweep.json"), "[{\"run_id\":\"a1\",\"settings\":{\"depth\":2}}]");
      EventStream.Event e = events.next("changed", Duration.ofSeconds(2));
      assertNotNull(e, "a new sweep is announced");
      assertTrue(e.data().contains("0/sw"), e.data());
      ServeFixtures.startRun(sweep.resolve("runs").resolve("a1"));
      assertNotNull(events.next("changed", Duration.ofSeconds(2)), "a run that starts");
      String page = ServedTree.get(server, "/runs?c=0/sw").body();
      assertTrue(page.contains("s-running\">running"), page);
      ServeFixtures.finishRun(sweep.resolve("runs").resolve("a1"));
      assertNotNull(events.next("changed", Duration.ofSeconds(2)), "a run that finishes");
      assertTrue(ServedTree.get(server, "/runs?c=0/sw").body().contains("s-completed\">completed"));
    }
  }

  @Test
  void refusesToWatchRunsOutsideTheServedFolders() {
    assertEquals(
        400,
        ServedTree.get(
                server, "/api/events?run=" + URLEncoder.encode("0/../x", StandardCharsets.UTF_8))
            .statusCode());
  }
}
