package dmf.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile requests: path traversal in every spelling (zero served), symbolic links out of the
 * served folder, foreign Host headers, cross-origin and GET state changes, and a read-only server.
 */
class ServeSafetyTest {
  @TempDir static Path tmp;
  static ServedTree tree;
  static DashboardServer server;
  static DashboardServer readOnly;

  @BeforeAll
  static void start() {
    tree = ServedTree.create(tmp);
    server = ServeFixtures.serve(false, tree.root());
    readOnly = ServeFixtures.serve(true, tree.root());
  }

  @AfterAll
  static void stop() {
    server.close();
    readOnly.close();
  }

  static final List<String> ATTACKS =
      List.of(
          "/files/0/../outside/secret.txt",
          "/files/0/sweep/../../outside/secret.txt",
          "/files/0/%2e%2e/outside/secret.txt",
          "/files/0/%2E%2E/outside/secret.txt",
          "/files/0/%2e%2e%2foutside%2fsecret.txt",
          "/files/0/sweep/..%2f..%2foutside%2fsecret.txt",
          "/files/0/..%5c..%5coutside%5csecret.txt",
          "/files/0/%252e%252e/outside/secret.txt",
          "/files/0//outside/secret.txt",
          "/files//SECRET_ABS",
          "/files/0/SECRET_ABS_ENC",
          "/files/SECRET_ABS_ENC",
          "/files/1/secret.txt",
          "/files/-1/secret.txt",
          "/files/0/sweep/link/secret.txt",
          "/files/0/repro/leak.png",
          "/files/0/sweep/link%2fsecret.txt",
          "/files/0/.%2e/outside/secret.txt",
          "/files/0/%00/../outside/secret.txt",
          "/files/0/repro/fig.png/../../../outside/secret.txt",
          "/run?r=0/../outside",
          "/run?r=0%2F..%2Foutside",
          "/run?r=SECRET_ABS_ENC",
          "/api/run?r=0/sweep/link",
          "/api/series?r=0/sweep/link",
          "/api/series?r=0/%2e%2e/outside",
          "/runs?c=0/..",
          "/runs?c=0/sweep/link",
          "/figures?c=0/../outside",
          "/figures?c=0/sweep/link",
          "/api/events?run=0/../outside",
          "/compare?r=0/sweep/link",
          "/assets/..%2f..%2foutside%2fsecret.txt",
          "/assets/../../outside/secret.txt");

  @Test
  void pathTraversalServesNothing() {
    String abs = tree.secret().toString();
    String absEnc = abs.replace("/", "%2f");
    List<String> served = new ArrayList<>();
    for (String attack : ATTACKS) {
      String target =
          attack.replace("SECRET_ABS_ENC", absEnc).replace("SECRET_ABS", abs.substring(1));
      RawHttp.Response r = RawHttp.send(server.port(), "GET", target);
      if (r.status() == 200 || r.text().contains(ServedTree.SECRET)) {
        served.add(target + " -> " + r.status());
      }
      assertTrue(r.status() >= 400 && r.status() < 500, target + " answered " + r.status());
    }
    assertEquals(List.of(), served);
  }

  @Test
  void theSecretIsReadableThroughNoEndpointButPlainFilesAre() {
    // The attack list can fail only if it can succeed: the same server does serve in-root files.
    assertEquals(200, RawHttp.send(server.port(), "GET", "/files/0/repro/fig.svg").status());
    assertEquals(200, RawHttp.send(server.port(), "GET", "/files/0/repro/report.md").status());
  }

  @Test
  void foreignHostHeadersAreRefused() {
    RawHttp.Response evil = RawHttp.send(server.port(), "GET", "/", "Host: evil.example:8080");
    assertEquals(403, evil.status());
    assertFalse(evil.text().contains("sweep"));
    assertEquals(
        200, RawHttp.send(server.port(), "GET", "/", "Host: localhost:" + server.port()).status());
  }

  static HttpResponse<String> post(DashboardServer s, String path, String body, String... headers) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(s.url() + path.substring(1)))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    for (int i = 0; i + 1 < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
    }
    return ServedTree.send(b.build());
  }

  static String origin(DashboardServer s) {
    return "http://127.0.0.1:" + s.port();
  }

  @Test
  void stateChangesNeedAPostFromThisServersPages() {
    String body = "rows=10&cols=10&rank=1&observations=50&max_iters=5";
    HttpResponse<String> none = post(server, "/api/playground", body);
    assertEquals(403, none.statusCode());
    assertTrue(none.body().contains("no Origin or Referer"), none.body());
    assertEquals(
        403, post(server, "/api/playground", body, "Origin", "http://evil.example").statusCode());
    assertEquals(
        403,
        post(server, "/api/playground", body, "Origin", "http://localhost:" + server.port())
            .statusCode(),
        "another origin, even if it is the same machine");
    assertEquals(
        403,
        post(server, "/api/playground", body, "Referer", "http://evil.example/playground")
            .statusCode());
    assertEquals(
        403,
        post(
                server,
                "/api/playground",
                body,
                "Origin",
                origin(server),
                "Sec-Fetch-Site",
                "cross-site")
            .statusCode());
    assertEquals(403, post(server, "/api/playground/stop", "job=1", "Origin", "null").statusCode());
    assertNotEquals(200, ServedTree.get(server, "/api/playground/stop?job=1").statusCode());
    assertEquals("[]", jobsOf(server), "nothing was queued");
  }

  static String jobsOf(DashboardServer s) {
    String j = ServedTree.get(s, "/api/playground").body();
    return j.substring(j.indexOf('['), j.lastIndexOf(']') + 1);
  }

  @Test
  void badPlaygroundParametersGive400WithTheReason() {
    String o = origin(server);
    String[][] cases = {
      {"rows=500", "rows must be ≥ 1, ≤ 200, got 500"},
      {"rank=0", "rank must be ≥ 1"},
      {"observations=999999", "observations must be ≥ 1, ≤ 10000"},
      {"kind=ratings", "kind must be completion or sensing"},
      {"lr=-1", "lr must be > 0"},
      {"lr=abc", "lr must be a number"},
      {"optimizer=newton", "unknown optimizer 'newton'"},
      {"depth=x", "depth must be an integer"},
      {"colour=red", "unknown playground field 'colour'"},
      {"kind=sensing&measurements=100000", "measurements must be ≥ 1, ≤ "},
    };
    for (String[] c : cases) {
      HttpResponse<String> r = post(server, "/api/playground", c[0], "Origin", o);
      assertEquals(400, r.statusCode(), c[0] + ": " + r.body());
      assertTrue(r.body().contains(c[1]), c[0] + " -> " + r.body());
    }
    HttpResponse<String> json =
        ServedTree.send(
            HttpRequest.newBuilder(URI.create(server.url() + "api/playground"))
                .header("Content-Type", "application/json")
                .header("Origin", o)
                .POST(HttpRequest.BodyPublishers.ofString("[1,2"))
                .build());
    assertEquals(400, json.statusCode());
    assertEquals(400, post(server, "/api/playground/stop", "job=abc", "Origin", o).statusCode());
    assertEquals("[]", jobsOf(server));
  }

  @Test
  void aReadOnlyServerChangesNothing() {
    String o = origin(readOnly);
    HttpResponse<String> r =
        post(readOnly, "/api/playground", "rows=10&cols=10&rank=1&observations=50", "Origin", o);
    assertEquals(403, r.statusCode());
    assertTrue(r.body().contains("read-only"));
    assertEquals(403, post(readOnly, "/api/playground/stop", "job=1", "Origin", o).statusCode());
    assertEquals(403, ServedTree.get(readOnly, "/api/playground").statusCode());
    assertTrue(ServedTree.get(readOnly, "/playground").body().contains("--read-only"));
    assertFalse(tree.root().resolve("playground").toFile().exists(), "no playground folder");
  }
}
