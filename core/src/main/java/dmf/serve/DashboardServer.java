package dmf.serve;

import dmf.base.UserInputException;
import io.javalin.Javalin;
import io.javalin.compression.CompressionStrategy;
import io.javalin.http.Context;
import io.javalin.json.JsonMapper;
import java.io.IOException;
import java.lang.reflect.Type;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;

/**
 * {@code dmf serve}: a web dashboard over results folders. Pages list every sweep, reproduction and
 * run with its progress, draw each run's curves, overlay runs, show reports and figures, and update
 * by themselves while writers add runs and metric rows (the folders are polled; writers need do
 * nothing). Unless read-only, a playground trains small runs in this process.
 *
 * <p>Safe by default: it listens on 127.0.0.1 unless told otherwise, serves only files under the
 * given folders, answers only requests that name it in their Host header, and changes state only on
 * POST requests from its own pages. Bad parameters are answered with 400 and a message.
 */
public final class DashboardServer implements AutoCloseable {
  private final Javalin app;
  private final FolderWatcher watcher;
  private final Playground playground;
  private final String host;

  private DashboardServer(Javalin app, FolderWatcher watcher, Playground playground, String host) {
    this.app = app;
    this.watcher = watcher;
    this.playground = playground;
    this.host = host;
  }

  /**
   * Starts serving.
   *
   * @param options what and how to serve
   * @return the running server; close it to stop
   * @throws UserInputException if a folder is not a folder or the port is taken
   */
  public static DashboardServer start(ServeOptions options) {
    Roots roots = new Roots(options.folders());
    EventHub hub = new EventHub();
    Catalog catalog = new Catalog(roots);
    Playground playground = options.readOnly() ? null : new Playground(roots, hub);
    CollectionReader reader =
        new CollectionReader(
            roots,
            new StoredFiles(),
            id -> playground == null ? Optional.empty() : playground.status(id));
    SeriesSource series =
        new SeriesSource(id -> playground == null ? Optional.empty() : playground.records(id));
    Site site = new Site(roots, catalog, reader, series, playground);
    FolderWatcher watcher = new FolderWatcher(catalog, roots, hub, options.poll());
    Assets assets = new Assets();
    Guard guard = new Guard(options.host());
    Javalin app =
        Javalin.create(
            config -> {
              config.startup.showJavalinBanner = false;
              config.startup.showOldJavalinVersionWarning = false;
              // Answers are written as text here; the one JSON writer also serves Javalin.
              config.jsonMapper(
                  new JsonMapper() {
                    @Override
                    public String toJsonString(Object obj, Type type) {
                      return JsonText.of(obj);
                    }
                  });
              config.jetty.host = options.host();
              config.jetty.port = options.port();
              config.http.maxRequestSize = 64 * 1024;
              // Answers go to this machine or a near one: compressing a 6 MB series costs more
              // time than it saves.
              config.http.compressionStrategy = CompressionStrategy.NONE;
              config.routes.before(guard::before);
              PageRoutes.add(config.routes, site);
              ApiRoutes.add(config.routes, site, watcher, hub);
              FileRoutes.add(config.routes, roots, assets);
              config.routes.exception(
                  UserInputException.class, (e, ctx) -> error(ctx, 400, e.getMessage()));
              config.routes.exception(
                  NotFoundException.class, (e, ctx) -> error(ctx, 404, e.getMessage()));
              config.routes.exception(
                  ForbiddenException.class, (e, ctx) -> error(ctx, 403, e.getMessage()));
            });
    try {
      app.start();
    } catch (RuntimeException e) {
      if (playground != null) {
        playground.close();
      }
      throw new UserInputException(
          "cannot listen on " + options.host() + ":" + options.port() + " (" + rootCause(e) + ")",
          e);
    }
    watcher.start();
    warmUp(catalog, reader);
    return new DashboardServer(app, watcher, playground, options.host());
  }

  /**
   * {@link #runUntilShutdown} as {@code dmf serve} asks for it: the given folders, or results/
   * (created unless read-only) when none is given.
   *
   * @param folders the folders to serve, possibly none
   * @param host the address to listen on
   * @param port the port (0: any free one)
   * @param readOnly refuse every state change
   * @param started receives one line with the address and the start-up time
   * @throws IOException when the folder cannot be created
   * @throws InterruptedException when the waiting thread is interrupted
   */
  public static void serve(
      List<Path> folders, String host, int port, boolean readOnly, Consumer<String> started)
      throws IOException, InterruptedException {
    boolean none = folders == null || folders.isEmpty();
    ServeOptions o = ServeOptions.of(none ? List.of(Path.of("results")) : folders);
    runUntilShutdown(
        o.withPort(port).withHost(host).withReadOnly(readOnly), none && !readOnly, started);
  }

  /**
   * Serves until the JVM shuts down (Ctrl-C): starts, tells where it listens, and closes when the
   * JVM stops.
   *
   * @param options what to serve
   * @param create whether to create the first folder first (the default folder of a writable
   *     dashboard)
   * @param started receives one line with the address and the start-up time
   * @throws IOException when the folder cannot be created
   * @throws InterruptedException when the waiting thread is interrupted
   */
  public static void runUntilShutdown(
      ServeOptions options, boolean create, Consumer<String> started)
      throws IOException, InterruptedException {
    if (create) {
      Files.createDirectories(options.folders().get(0));
    }
    long t0 = System.nanoTime();
    DashboardServer server = start(options);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  server.close();
                  stopped.countDown();
                }));
    started.accept(
        String.format(
            Locale.ROOT,
            "dmf serve: %s (started in %.1f s; %s; Ctrl-C stops)",
            server.url(),
            (System.nanoTime() - t0) * 1e-9,
            options.readOnly() ? "read-only" : "playground on"));
    stopped.await();
  }

  /**
   * @return the port the server listens on
   */
  public int port() {
    return app.port();
  }

  /**
   * @return the address of the home page, e.g. {@code http://127.0.0.1:8080/}
   */
  public URI url() {
    String h = host.equals("0.0.0.0") || host.equals("::") ? "127.0.0.1" : host;
    if (h.contains(":") && !h.startsWith("[")) {
      h = "[" + h + "]";
    }
    return URI.create("http://" + h + ":" + port() + "/");
  }

  /** Stops serving, polling and training (a playground run is stopped). */
  @Override
  public void close() {
    watcher.close();
    if (playground != null) {
      playground.close();
    }
    app.stop();
  }

  /**
   * Reads every collection once in the background, so that the first page a browser asks for finds
   * the results databases open-able and the run files parsed.
   */
  private static void warmUp(Catalog catalog, CollectionReader reader) {
    Thread t =
        DaemonThreads.named("dmf-serve-warmup")
            .newThread(
                () -> {
                  try {
                    catalog.collections().forEach(reader::runs);
                  } catch (RuntimeException e) {
                    // Only a head start: a page that needs these files reads them itself.
                  }
                });
    t.setPriority(Thread.MIN_PRIORITY);
    t.start();
  }

  private static void error(Context ctx, int status, String message) {
    ctx.status(status);
    String path = ctx.path();
    if (path.startsWith("/api/") || path.startsWith("/files/") || path.startsWith("/assets/")) {
      ctx.contentType("text/plain; charset=utf-8").result(message + "\n");
    } else {
      ctx.contentType("text/html; charset=utf-8")
          .result(
              Html.page(
                  "error " + status,
                  "<h1>Error " + status + "</h1><p class=\"error\">" + Html.esc(message) + "</p>"));
    }
  }

  private static String rootCause(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null) {
      t = t.getCause();
    }
    return t.getMessage();
  }
}
