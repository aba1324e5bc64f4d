package dmf.spark.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dmf.experiment.RunSpec;
import dmf.experiment.SweepJob;
import dmf.experiment.SweepRunner;
import dmf.experiment.SweepSpec;
import dmf.io.store.ResultsDb;
import dmf.io.store.SweepComparison;
import dmf.spark.SparkContexts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Spark engine in local mode (two task threads) against the plain engine. */
class SparkSweepTest {
  @TempDir static Path dir;
  static JavaSparkContext sc;
  static List<RunSpec> runs;
  static Path plain;
  static SweepRunner.Result plainResult;

  /** Deep runs of two depths, a baseline, and runs that fail when they execute (no data). */
  static String spec(Path emptyInstance) {
    return "name = \"small\"\nrepeats = 2\n"
        + "[base]\nkind = \"completion\"\nrows = 20\ncols = 20\nrank = 2\nobservations = 150\n"
        + "optimizer = \"flow\"\nmax_iters = 400\nlog_every = 100\n"
        + "[grid]\ndepth = [2, 3]\n"
        + "[[variants]]\nsolver = \"dmf\"\n"
        + "[[variants]]\nsolver = \"softimpute\"\n"
        + "[[variants]]\nkind = \"instance\"\ninstance = \""
        + emptyInstance
        + "\"\n";
  }

  @BeforeAll
  static void plainEngineAndSpark() throws Exception {
    Path empty = Files.createDirectories(dir.resolve("empty-instance"));
    Path f = dir.resolve("small.toml");
    Files.writeString(f, spec(empty));
    runs = SweepSpec.read(f).expand();
    plain = dir.resolve("plain");
    plainResult = new SweepRunner(plain, 2, true).run(runs, (a, b, c, d, e, g) -> {});
    sc = SparkContexts.start(SparkContexts.conf("", 2, Map.of()));
  }

  @AfterAll
  static void stopSpark() {
    sc.stop();
  }

  static SparkSweep.Outcome spark(
      Path out, List<RunSpec> list, boolean keepGoing, List<String> log) {
    return new SparkSweep(sc)
        .run(
            new SweepJob(out, list, 0, keepGoing, "", Map.of()),
            (done, total, failed, el, eta, last) -> log.add(last));
  }

  @Test
  void givesTheRunsAndNumbersOfThePlainEngineRecordingEachRunOnce() throws Exception {
    assertEquals(4, plainResult.failures().size(), "the sweep has 4 failing runs");
    List<String> log = new ArrayList<>();
    Path out = dir.resolve("spark");
    SparkSweep.Outcome o = spark(out, runs, true, log);
    assertEquals(runs.size(), o.result().executed());
    assertEquals(plainResult.failures(), o.result().failures());
    assertEquals(List.of(), SweepComparison.differences(plain, out));
    for (RunSpec r : runs) {
      assertEquals(1, log.stream().filter(s -> s.startsWith(r.id() + " ")).count(), r.id());
    }
    assertEquals(runs.size(), o.executors().size());
  }

  @Test
  void resumesWhereItStood() throws Exception {
    Path out = dir.resolve("resumed");
    List<String> log = new ArrayList<>();
    assertEquals(3, spark(out, runs.subList(0, 3), true, log).result().executed());
    SparkSweep.Outcome o = spark(out, runs, true, log);
    assertEquals(runs.size() - 3, o.result().executed());
    assertEquals(List.of(), SweepComparison.differences(plain, out));
    for (RunSpec r : runs) {
      assertEquals(1, log.stream().filter(s -> s.startsWith(r.id() + " ")).count(), r.id());
    }
  }

  @Test
  void importsFinishedRunsTheDatabaseMissedAndRetriesFailedOnes() throws Exception {
    Path out = dir.resolve("imported");
    try (Stream<Path> s = Files.walk(plain.resolve("runs"))) {
      for (Path p : (Iterable<Path>) s::iterator) {
        Path target = out.resolve(plain.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
    assertTrue(Files.notExists(out.resolve(ResultsDb.FILE_NAME)));
    SparkSweep.Outcome o = spark(out, runs, true, new ArrayList<>());
    assertEquals(plainResult.failures().keySet(), o.executors().keySet());
    assertEquals(List.of(), SweepComparison.differences(plain, out));
  }

  @Test
  void withoutKeepGoingTheFirstFailureStopsTheSweepAndARerunCompletesIt() throws Exception {
    String failing = plainResult.failures().keySet().iterator().next();
    List<RunSpec> failingFirst = new ArrayList<>();
    runs.stream().filter(r -> r.id().equals(failing)).forEach(failingFirst::add);
    runs.stream().filter(r -> !r.id().equals(failing)).forEach(failingFirst::add);
    Path out = dir.resolve("stopped");
    SparkSweep.Outcome first = spark(out, failingFirst, false, new ArrayList<>());
    assertEquals(List.of(failing), List.copyOf(first.result().failures().keySet()));
    assertTrue(first.result().executed() < runs.size(), "executed " + first.result().executed());
    try (ResultsDb db = ResultsDb.open(out.resolve(ResultsDb.FILE_NAME))) {
      assertEquals(first.result().executed(), db.runs().size());
    }
    SparkSweep.Outcome second = spark(out, failingFirst, true, new ArrayList<>());
    assertEquals(
        runs.size() - first.result().executed() + first.result().failures().size(),
        second.result().executed());
    assertEquals(List.of(), SweepComparison.differences(plain, out));
  }
}
