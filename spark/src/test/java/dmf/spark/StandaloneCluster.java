package dmf.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.launcher.JavaModuleOptions;

/**
 * A Spark standalone cluster on 127.0.0.1 for tests: a master and workers, each a separate JVM
 * started from a Spark home (its {@code jars/} folder) as Spark's own scripts would start them;
 * each worker launches its executors as further JVMs. Logs go to the given folder.
 */
public final class StandaloneCluster implements AutoCloseable {
  private final Path sparkHome;
  private final Path logs;
  private final int port;
  private final Process master;
  private final List<Process> workers = new ArrayList<>();

  private StandaloneCluster(Path sparkHome, Path logs, int workerCount, long timeoutMs)
      throws IOException, InterruptedException {
    this.sparkHome = sparkHome;
    this.logs = Files.createDirectories(logs);
    this.port = freePort();
    this.master =
        start(
            "master",
            List.of("-Dspark.master.rest.enabled=false"),
            List.of(
                "org.apache.spark.deploy.master.Master",
                "--host",
                "127.0.0.1",
                "--port",
                Integer.toString(port),
                "--webui-port",
                Integer.toString(freePort())));
    for (int i = 0; i < workerCount; i++) {
      Path work = Files.createDirectories(logs.resolve("work-" + i));
      workers.add(
          start(
              "worker-" + i,
              List.of(),
              List.of(
                  "org.apache.spark.deploy.worker.Worker",
                  "--host",
                  "127.0.0.1",
                  "--cores",
                  "1",
                  "--memory",
                  "1g",
                  "--work-dir",
                  work.toString(),
                  "--webui-port",
                  Integer.toString(freePort()),
                  url())));
    }
    long deadline = System.currentTimeMillis() + timeoutMs;
    for (int i = 0; i < workerCount; i++) {
      Path log = logs.resolve("worker-" + i + ".log");
      while (!Files.readString(log).contains("Successfully registered with master")) {
        if (System.currentTimeMillis() > deadline || !workers.get(i).isAlive()) {
          close();
          throw new IllegalStateException("worker " + i + " did not register; see " + log);
        }
        Thread.sleep(200);
      }
    }
  }

  /**
   * Starts a master and workers (1 core, 1 GiB each) and waits until every worker has registered.
   *
   * @param sparkHome a Spark home (its jars/ folder holds Spark)
   * @param logs where the daemons write logs and executors their work folders
   * @param workers how many workers
   * @param timeoutMs how long to wait for them
   * @return the running cluster
   */
  public static StandaloneCluster start(Path sparkHome, Path logs, int workers, long timeoutMs)
      throws IOException, InterruptedException {
    return new StandaloneCluster(sparkHome, logs, workers, timeoutMs);
  }

  /**
   * @return the master URL, spark://127.0.0.1:PORT
   */
  public String url() {
    return "spark://127.0.0.1:" + port;
  }

  /**
   * @return the environment Spark's scripts would give a Spark JVM on this machine
   */
  public Map<String, String> environment() {
    return Map.of(
        "SPARK_HOME", sparkHome.toString(),
        "SPARK_SCALA_VERSION", "2.13",
        "SPARK_LOCAL_IP", "127.0.0.1",
        "OPENBLAS_NUM_THREADS", "1");
  }

  /**
   * A JVM command line on Spark's jars with the module options Spark's launcher gives on Java 17.
   *
   * @param heap the -Xmx value
   * @param mainAndArgs the main class and its arguments
   * @return the command
   */
  public List<String> java(String heap, List<String> mainAndArgs) {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.addAll(List.of(JavaModuleOptions.defaultModuleOptionArray()));
    cmd.add("-Xmx" + heap);
    cmd.add("-cp");
    cmd.add(sparkHome.resolve("jars") + "/*");
    cmd.addAll(mainAndArgs);
    return cmd;
  }

  /**
   * @param i a worker
   * @return the executor id of the executor that worker runs now, if any
   */
  public Optional<String> executorOf(int i) {
    return workers
        .get(i)
        .descendants()
        .map(p -> p.info().arguments().map(List::of).orElse(List.of()))
        .filter(a -> a.contains("--executor-id"))
        .map(a -> a.get(a.indexOf("--executor-id") + 1))
        .findFirst();
  }

  /**
   * Kills a worker and the executors it launched with SIGKILL, as a machine that goes away.
   *
   * @param i the worker
   */
  public void kill(int i) {
    Process w = workers.get(i);
    w.descendants().forEach(ProcessHandle::destroyForcibly);
    w.destroyForcibly();
  }

  /** Stops every daemon and executor. */
  @Override
  public void close() {
    List<Process> all = new ArrayList<>(workers);
    all.add(master);
    for (Process p : all) {
      p.descendants().forEach(ProcessHandle::destroyForcibly);
      p.destroyForcibly();
    }
  }

  private Process start(String name, List<String> jvmArgs, List<String> mainAndArgs)
      throws IOException {
    List<String> args = new ArrayList<>(jvmArgs);
    args.addAll(mainAndArgs);
    ProcessBuilder pb = new ProcessBuilder(java("256m", args));
    pb.environment().putAll(environment());
    pb.redirectErrorStream(true);
    pb.redirectOutput(logs.resolve(name + ".log").toFile());
    return pb.start();
  }

  private static int freePort() {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }
}
