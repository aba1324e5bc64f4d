package dmf.serve;

import dmf.experiment.RunSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;

/**
 * A served folder for the HTTP tests: a real sweep ({@code sweep/}), a reproduction-like folder
 * with report.md and figures ({@code repro/}), a finished loose run ({@code loose/run1}), and,
 * outside the served folder, a secret that no request may read (also reachable from inside only
 * through symbolic links).
 *
 * @param root the served folder
 * @param secret a file outside it
 * @param runs the sweep's runs
 */
record ServedTree(Path root, Path secret, List<RunSpec> runs) {
  /** What the secret file holds. */
  static final String SECRET = "TOP-SECRET-4711";

  /** A 1×1 PNG. */
  static final byte[] PNG =
      Base64.getDecoder()
          .decode(
              "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

  /** The report of {@code repro/}. */
  static final String REPORT =
      "# fig (quick)\n\nA test reproduction.\n\n## Claims\n\n"
          + "- depth 3 beats depth 2: **holds**, 1e-5 vs 4e-2\n"
          + "- depth 2 rivals nuclear norm: **fails**, 3 vs 1\n\n"
          + "## Figures and numbers\n\n![fig](fig.png)\n\n| n | error |\n|---|---|\n| 1 | 0.5 |\n\n"
          + "<script>alert(1)</script>\n";

  /**
   * @param tmp an empty folder
   * @return the tree under {@code tmp/served}, the secret in {@code tmp/outside}
   */
  static ServedTree create(Path tmp) {
    try {
      Path root = Files.createDirectories(tmp.resolve("served"));
      Path outside = Files.createDirectories(tmp.resolve("outside"));
      Path secret = Files.writeString(outside.resolve("secret.txt"), SECRET);
      List<RunSpec> runs = ServeFixtures.smallSweep(root.resolve("sweep"));
      Path repro = Files.createDirectories(root.resolve("repro"));
      Files.writeString(repro.resolve("sweep.json"), "[]");
      Files.writeString(repro.resolve("report.md"), REPORT);
      Files.write(repro.resolve("fig.png"), PNG);
      Files.writeString(
          repro.resolve("fig.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"><rect/></svg>");
      Path loose = root.resolve("loose").resolve("run1");
      ServeFixtures.startRun(loose);
      ServeFixtures.appendRows(loose, 0, 5);
      ServeFixtures.finishRun(loose);
      Files.createSymbolicLink(root.resolve("sweep").resolve("link"), outside);
      Files.createSymbolicLink(root.resolve("repro").resolve("leak.png"), secret);
      return new ServedTree(root, secret, runs);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * @return the served id of the sweep's first run (depth 1)
   */
  String firstRun() {
    return "0/sweep/runs/" + runs.get(0).id();
  }

  /**
   * @param server a server
   * @param pathAndQuery e.g. {@code /runs?c=0/sweep}
   * @return the response
   */
  static HttpResponse<String> get(DashboardServer server, String pathAndQuery) {
    return send(
        HttpRequest.newBuilder(URI.create(server.url() + pathAndQuery.substring(1))).build());
  }

  /**
   * @param request a request
   * @return the response
   */
  static HttpResponse<String> send(HttpRequest request) {
    try {
      return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
