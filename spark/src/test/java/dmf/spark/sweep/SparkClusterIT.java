package dmf.spark.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dmf.experiment.RunSpec;
import dmf.experiment.SweepJob;
import dmf.experiment.SweepRunner;
import dmf.experiment.SweepSpec;
import dmf.io.store.SweepComparison;
import dmf.spark.SparkContexts;
import dmf.spark.StandaloneCluster;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.scheduler.SparkListenerTaskStart;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real Spark standalone cluster on 127.0.0.1 (a master and two workers, separate JVMs started
 * from the Spark home the build lays out; each worker launches its executor JVM), running the
 * assembled jar spark/target/dmf-spark.jar: submitted with spark-submit, and driven from this JVM
 * while one worker and its executor are killed with SIGKILL in the middle of the sweep. Runs after
 * the package phase ({@code mvn verify}).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SparkClusterIT {
  static final Path JAR = Path.of(System.getProperty("dmf.spark.jar", "target/dmf-spark.jar"));
  static final Path SPARK_HOME =
      Path.of(System.getProperty("spark.home.dir", "../spark-home/target/spark"));
  static final String SPEC =
      "name = \"cluster\"\nrepeats = 4\n"
          + "[base]\nkind = \"completion\"\nrows = 30\ncols = 30\nrank = 2\nobservations = 400\n"
          + "optimizer = \"flow\"\nmax_iters = 3000\nlog_every = 500\n"
          + "[grid]\ndepth = [2, 3]\n";

  @TempDir static Path dir;
  static Path spec;
  static List<RunSpec> runs;
  static Path plain;
  static StandaloneCluster cluster;

  @BeforeAll
  static void plainEngineAndCluster() throws Exception {
    assertTrue(Files.isRegularFile(JAR), JAR + " (built by mvn package)");
    spec = dir.resolve("cluster.toml");
    Files.writeString(spec, SPEC);
    runs = SweepSpec.read(spec).expand();
    plain = dir.resolve("plain");
    new SweepRunner(plain, 2, true).run(runs, (a, b, c, d, e, f) -> {});
    cluster = StandaloneCluster.start(SPARK_HOME, Path.of("target", "cluster"), 2, 180_000);
  }

  @AfterAll
  static void stopCluster() {
    if (cluster != null) {
      cluster.close();
    }
  }

  @Test
  @Order(1)
  void sparkSubmitRunsTheAssembledJarOnTheCluster() throws Exception {
    Path out = dir.resolve("submitted");
    Path log = Path.of("target", "cluster", "spark-submit.log");
    ProcessBuilder pb =
        new ProcessBuilder(
            cluster.java(
                "512m",
                List.of(
                    "org.apache.spark.deploy.SparkSubmit",
                    "--master",
                    cluster.url(),
                    "--conf",
                    "spark.executor.memory=512m",
                    "--conf",
                    "spark.driver.host=127.0.0.1",
                    JAR.toString(),
                    "sweep",
                    spec.toString(),
                    "--engine",
                    "spark",
                    "--out",
                    out.toString())));
    pb.environment().putAll(cluster.environment());
    pb.redirectErrorStream(true);
    pb.redirectOutput(log.toFile());
    Process p = pb.start();
    assertTrue(p.waitFor(10, TimeUnit.MINUTES), "spark-submit finished");
    String text = Files.readString(log);
    assertEquals(0, p.exitValue(), text);
    String done = "cluster: " + runs.size() + " runs (" + runs.size() + " executed now)";
    assertTrue(text.contains(done), text);
    assertEquals(List.of(), SweepComparison.differences(plain, out));
  }

  @Test
  @Order(2)
  void aSweepCompletesWithEveryRunOnceWhenAWorkerIsKilledMidway() throws Exception {
    Map<String, String> conf =
        Map.of(
            "spark.jars", JAR.toAbsolutePath().toString(),
            "spark.executor.memory", "512m",
            "spark.driver.host", "127.0.0.1",
            "spark.driver.bindAddress", "127.0.0.1",
            "spark.ui.enabled", "false");
    JavaSparkContext sc = SparkContexts.start(SparkContexts.conf(cluster.url(), 0, conf));
    Tasks tasks = new Tasks();
    sc.sc().addSparkListener(tasks);
    try {
      Path out = dir.resolve("killed");
      List<String> log = Collections.synchronizedList(new ArrayList<>());
      CompletableFuture<SparkSweep.Outcome> sweep =
          CompletableFuture.supplyAsync(
              () ->
                  new SparkSweep(sc)
                      .run(
                          new SweepJob(out, runs, 0, true, "", Map.of()),
                          (done, total, failed, el, eta, last) -> log.add(last)));
      String victim = null;
      long deadline = System.currentTimeMillis() + 300_000;
      while (victim == null) {
        assertTrue(System.currentTimeMillis() < deadline, "no worker to kill in time");
        assertTrue(!sweep.isDone(), "the sweep ended before a worker could be killed");
        // A worker is killed while its executor runs a run, after it has finished one.
        for (int w = 0; w < 2 && victim == null; w++) {
          String e = cluster.executorOf(w).orElse(null);
          if (e != null && tasks.succeeded(e) > 0 && tasks.running(e) > 0) {
            victim = e;
            cluster.kill(w);
          }
        }
        Thread.sleep(100);
      }
      SparkSweep.Outcome o = sweep.get(10, TimeUnit.MINUTES);
      assertEquals(runs.size(), o.result().executed());
      for (RunSpec r : runs) {
        assertEquals(1, log.stream().filter(s -> s.startsWith(r.id() + " ")).count(), r.id());
      }
      assertEquals(List.of(), SweepComparison.differences(plain, out));
      assertTrue(tasks.failed.get() >= 1, "the killed executor's task failed and was retried");
      assertEquals(runs.size() + tasks.failed.get(), tasks.started.get(), "attempts");
      Set<String> where = new HashSet<>();
      o.executors().values().forEach(w -> where.add(w.substring(0, w.indexOf('@'))));
      assertTrue(where.contains(victim) && where.size() == 2, "runs recorded from " + where);
    } finally {
      sc.stop();
    }
  }

  /** Counts task attempts and the tasks running on each executor. */
  static final class Tasks extends SparkListener {
    final AtomicInteger started = new AtomicInteger();
    final AtomicInteger failed = new AtomicInteger();
    final Map<String, AtomicInteger> running = new ConcurrentHashMap<>();
    final Map<String, AtomicInteger> succeeded = new ConcurrentHashMap<>();

    @Override
    public void onTaskStart(SparkListenerTaskStart e) {
      started.incrementAndGet();
      running
          .computeIfAbsent(e.taskInfo().executorId(), k -> new AtomicInteger())
          .incrementAndGet();
    }

    @Override
    public void onTaskEnd(SparkListenerTaskEnd e) {
      if (e.taskInfo().failed()) {
        failed.incrementAndGet();
      } else if (e.taskInfo().successful()) {
        count(succeeded, e.taskInfo().executorId()).incrementAndGet();
      }
      running
          .computeIfAbsent(e.taskInfo().executorId(), k -> new AtomicInteger())
          .decrementAndGet();
    }

    int running(String executor) {
      return count(running, executor).get();
    }

    int succeeded(String executor) {
      return count(succeeded, executor).get();
    }

    static AtomicInteger count(Map<String, AtomicInteger> counts, String executor) {
      return counts.computeIfAbsent(executor, k -> new AtomicInteger());
    }
  }
}
