package dmf.testing;

import dmf.io.store.MetricRow;
import dmf.io.store.ResultsDb;
import dmf.io.store.RunFolder;
import dmf.io.store.RunRow;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** What a sweep folder holds, for tests that compare sweeps or watch one run. */
public final class Sweeps {
  private Sweeps() {}

  /**
   * @param sweep a sweep folder
   * @return how many of its run folders are complete
   */
  public static int completed(Path sweep) throws IOException {
    Path runs = sweep.resolve("runs");
    if (!Files.isDirectory(runs)) {
      return 0;
    }
    try (Stream<Path> s = Files.list(runs)) {
      return (int) s.filter(RunFolder::isComplete).count();
    }
  }

  /**
   * @param sweep a sweep folder
   * @return its database by run id (status, settings, summary, metric values) without what differs
   *     between any two executions of the same runs: wall times and creation stamps
   */
  public static Map<String, Object> content(Path sweep) {
    Map<String, Object> m = new TreeMap<>();
    try (ResultsDb db = ResultsDb.openReadOnly(sweep.resolve(ResultsDb.FILE_NAME))) {
      for (RunRow r : db.runs()) {
        Map<String, Object> summary = new TreeMap<>(r.summary());
        summary.remove("seconds");
        List<MetricRow> metrics = new ArrayList<>(db.metrics(r.runId()));
        metrics.removeIf(x -> x.name().equals("seconds"));
        m.put(r.runId(), List.of(r.status(), r.settings(), summary, metrics));
      }
    }
    return m;
  }

  /**
   * @param command a command and its arguments
   * @return whether it ran and exited with 0 (its output is dropped)
   */
  public static boolean succeeds(String... command) {
    try {
      Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
