package dmf.spark.sweep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dmf.experiment.RunExecutor;
import dmf.experiment.RunOutcome;
import dmf.experiment.RunSpec;
import dmf.io.JsonMaps;
import dmf.io.store.MetricRow;
import dmf.io.store.RunRow;
import dmf.paper.Reproduction;
import dmf.paper.arora.CompletionFigures;
import dmf.problem.SolveObserver;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What travels between driver and executors arrives exactly. */
class PortableRunTest {
  @TempDir Path dir;

  @SuppressWarnings("unchecked")
  static <T> T roundTrip(T value) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(value);
    }
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      return (T) in.readObject();
    }
  }

  @Test
  void everyRunOfThePaperSweepsResolvesToItselfOnTheOtherSide() throws Exception {
    int n = 0;
    for (Reproduction rep : CompletionFigures.all()) {
      for (boolean quick : new boolean[] {true, false}) {
        for (RunSpec run : rep.sweep(quick).expand()) {
          PortableRun p = roundTrip(PortableRun.of(run));
          RunSpec back = p.resolve();
          assertEquals(run.id(), back.id());
          assertEquals(run.settings(), back.settings());
          n++;
        }
      }
    }
    assertTrue(n > 200, n + " runs");
  }

  @Test
  void aRunWhoseSettingsDoNotMatchItsIdIsRefused() {
    RunSpec run = CompletionFigures.all().get(0).sweep(true).expand().get(0);
    PortableRun p = PortableRun.of(run);
    PortableRun forged = new PortableRun("000000000000", p.settings());
    assertThrows(IllegalStateException.class, forged::resolve);
  }

  @Test
  void aTaskResultCarriesTheRowMetricsFilesAndFailureExactly() throws Exception {
    RunSpec run = CompletionFigures.all().get(0).sweep(true).expand().get(0);
    Path folder = dir.resolve(run.id());
    RunOutcome o =
        RunExecutor.execute(
            run,
            folder,
            new SolveObserver() {
              @Override
              public boolean stopRequested() {
                return true;
              }
            },
            false);
    List<MetricRow> metrics = new ArrayList<>(o.metrics());
    metrics.add(new MetricRow(7, "nan", Double.NaN));
    metrics.add(new MetricRow(8, "inf", Double.NEGATIVE_INFINITY));
    RunOutcome withOdd =
        new RunOutcome(o.run(), folder, o.row(), metrics, o.result(), Optional.empty());
    Map<String, byte[]> files = FolderFiles.read(folder);
    TaskResult back = roundTrip(TaskResult.of(withOdd, files, "7@host"));
    RunRow a = o.row();
    RunRow b = back.row();
    assertEquals(a.runId(), b.runId());
    assertEquals(a.status(), b.status());
    assertEquals(a.created(), b.created());
    // The database stores the maps as JSON text: the same text on both sides.
    assertEquals(JsonMaps.write(a.settings()), JsonMaps.write(b.settings()));
    assertEquals(JsonMaps.write(a.summary()), JsonMaps.write(b.summary()));
    assertEquals(JsonMaps.write(a.provenance()), JsonMaps.write(b.provenance()));
    assertEquals(metrics.size(), back.metrics().size());
    for (int i = 0; i < metrics.size(); i++) {
      MetricRow x = metrics.get(i);
      MetricRow y = back.metrics().get(i);
      assertEquals(x.iteration(), y.iteration());
      assertEquals(x.name(), y.name());
      assertEquals(Double.doubleToRawLongBits(x.value()), Double.doubleToRawLongBits(y.value()));
    }
    assertEquals(List.copyOf(files.keySet()), List.copyOf(back.files().keySet()));
    assertEquals("summary.json", List.copyOf(back.files().keySet()).get(files.size() - 1));
    for (String f : files.keySet()) {
      assertArrayEquals(Files.readAllBytes(folder.resolve(f)), back.files().get(f), f);
    }
    assertEquals("7@host", back.executor());
    assertEquals(Optional.empty(), back.failure());
  }

  @Test
  void filesWrittenOnTheDriverReplaceWhatAnEarlierAttemptLeft() throws Exception {
    Path run = dir.resolve("run");
    Files.createDirectories(run.resolve("factors"));
    Files.writeString(run.resolve("error.txt"), "old");
    Files.writeString(run.resolve("factors/A1.npy"), "old");
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put("config.toml", "a = 1\n".getBytes());
    files.put("summary.json", "{}".getBytes());
    FolderFiles.write(run, files);
    try (Stream<Path> s = Files.walk(run)) {
      assertEquals(
          List.of("config.toml", "summary.json"),
          s.filter(Files::isRegularFile).map(p -> run.relativize(p).toString()).sorted().toList());
    }
    Map<String, byte[]> escaping = Map.of("../x", new byte[0]);
    assertThrows(IllegalArgumentException.class, () -> FolderFiles.write(run, escaping));
  }
}
