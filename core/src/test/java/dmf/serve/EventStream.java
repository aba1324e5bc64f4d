package dmf.serve;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** A test client of the dashboard's event stream: the events it received, in order. */
final class EventStream implements AutoCloseable {
  /**
   * One server-sent event.
   *
   * @param name its name
   * @param data its data
   */
  record Event(String name, String data) {}

  private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
  private final CompletableFuture<HttpResponse<Stream<String>>> response;

  /**
   * @param server the server
   * @param query e.g. {@code run=0%2Fa}; may be empty
   */
  EventStream(DashboardServer server, String query) {
    HttpRequest req =
        HttpRequest.newBuilder(URI.create(server.url() + "api/events?" + query))
            .header("Accept", "text/event-stream")
            .build();
    response =
        HttpClient.newHttpClient()
            .sendAsync(req, HttpResponse.BodyHandlers.ofLines())
            .thenApply(
                r -> {
                  Thread t =
                      new Thread(
                          () -> {
                            String name = "message";
                            try {
                              for (String line : (Iterable<String>) r.body()::iterator) {
                                if (line.startsWith("event:")) {
                                  name = line.substring(6).trim();
                                } else if (line.startsWith("data:")) {
                                  events.add(new Event(name, line.substring(5).trim()));
                                  name = "message";
                                }
                              }
                            } catch (RuntimeException e) {
                              // the stream was closed
                            }
                          });
                  t.setDaemon(true);
                  t.start();
                  return r;
                });
  }

  /**
   * @return the response status, once the stream is open
   */
  int status() throws Exception {
    return response.get(10, TimeUnit.SECONDS).statusCode();
  }

  /**
   * Waits for the next event of a name, skipping others.
   *
   * @param name the event name
   * @param timeout how long to wait
   * @return the event, or null on timeout
   */
  Event next(String name, Duration timeout) throws InterruptedException {
    long end = System.nanoTime() + timeout.toNanos();
    while (true) {
      long left = end - System.nanoTime();
      if (left <= 0) {
        return null;
      }
      Event e = events.poll(left, TimeUnit.NANOSECONDS);
      if (e == null) {
        return null;
      }
      if (e.name().equals(name)) {
        return e;
      }
    }
  }

  @Override
  public void close() {
    response.thenAccept(r -> r.body().close());
    response.cancel(true);
  }
}
