package dmf.cli;

import dmf.serve.DashboardServer;
import dmf.serve.ServeOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dmf serve [DIR…]}: the live web dashboard over results folders. */
@Command(name = "serve", sortOptions = false)
final class ServeCommand implements Callable<Integer> {
  @Parameters(arity = "0..*", paramLabel = "DIR", descriptionKey = "dmf.serve.dirs")
  List<Path> dirs;

  @Option(names = "--port")
  int port = ServeOptions.DEFAULT_PORT;

  @Option(names = "--host")
  String host = ServeOptions.LOCALHOST;

  @Option(names = "--read-only")
  boolean readOnly;

  @Override
  public Integer call() throws IOException, InterruptedException {
    List<Path> folders = dirs == null || dirs.isEmpty() ? List.of(Path.of("results")) : dirs;
    if ((dirs == null || dirs.isEmpty()) && !readOnly) {
      Files.createDirectories(folders.get(0));
    }
    long t0 = System.nanoTime();
    DashboardServer server =
        DashboardServer.start(
            ServeOptions.of(folders).withPort(port).withHost(host).withReadOnly(readOnly));
    CountDownLatch stopped = new CountDownLatch(1);
    Thread stop =
        new Thread(
            () -> {
              server.close();
              stopped.countDown();
            });
    Runtime.getRuntime().addShutdownHook(stop);
    System.out.printf(
        "dmf serve: %s (started in %.1f s; %s; Ctrl-C stops)%n",
        server.url(), (System.nanoTime() - t0) * 1e-9, readOnly ? "read-only" : "playground on");
    System.out.flush();
    stopped.await();
    return 0;
  }
}
