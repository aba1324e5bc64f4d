package dmf.serve;

import dmf.io.store.MetricRow;
import dmf.io.store.ResultsDb;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The metric series of a run as JSON ({@link MetricsChunk#toJson}): from its metrics.csv; for a run
 * this server is training and that has no metrics.csv yet, from the records kept in memory; for a
 * run whose folder has none, from the results database of its sweep.
 */
final class SeriesSource {
  /** A parsed metrics.csv and, once asked for, its whole JSON. */
  private static final class Parsed {
    final MetricsChunk chunk;
    String json;

    Parsed(MetricsChunk chunk) {
      this.chunk = chunk;
    }

    synchronized String json() {
      if (json == null) {
        json = chunk.toJson();
      }
      return json;
    }
  }

  private final FileCache<Parsed> csv =
      new FileCache<>(f -> new Parsed(MetricsTail.readAll(f)), 16);
  private final Function<String, Optional<MetricsChunk>> live;

  /**
   * @param live the records of a run this server trains, by served id
   */
  SeriesSource(Function<String, Optional<MetricsChunk>> live) {
    this.live = live;
  }

  /**
   * @param run a run
   * @param after only the rows after this iteration; null for all
   * @return its series as JSON; no columns when nothing is recorded yet
   */
  String json(RunEntry run, Long after) {
    Parsed fromFile = csv.get(run.dir().resolve(Layout.METRICS));
    if (fromFile != null) {
      return after == null ? fromFile.json() : fromFile.chunk.after(after).toJson();
    }
    MetricsChunk c = live.apply(run.id()).orElseGet(() -> fromDatabase(run));
    return (after == null ? c : c.after(after)).toJson();
  }

  private static MetricsChunk fromDatabase(RunEntry run) {
    Path sweep = run.dir().getParent() == null ? null : run.dir().getParent().getParent();
    Path db = sweep == null ? null : sweep.resolve(ResultsDb.FILE_NAME);
    if (db == null || !Files.isRegularFile(db)) {
      return new MetricsChunk(List.of(), List.of());
    }
    List<MetricRow> rows;
    try (ResultsDb r = ResultsDb.openReadOnly(db)) {
      rows = r.metrics(run.name());
    } catch (RuntimeException e) {
      return new MetricsChunk(List.of(), List.of());
    }
    return pivot(rows);
  }

  /**
   * @param rows long-format values (iteration, name, value)
   * @return one row per iteration, one column per name in order of first appearance
   */
  static MetricsChunk pivot(List<MetricRow> rows) {
    Map<String, Integer> index = new LinkedHashMap<>();
    index.put("iteration", 0);
    for (MetricRow r : rows) {
      index.putIfAbsent(r.name(), index.size());
    }
    TreeMap<Long, double[]> byIteration = new TreeMap<>();
    for (MetricRow r : rows) {
      double[] row =
          byIteration.computeIfAbsent(
              r.iteration(),
              it -> {
                double[] a = new double[index.size()];
                Arrays.fill(a, Double.NaN);
                a[0] = it;
                return a;
              });
      row[index.get(r.name())] = r.value();
    }
    return new MetricsChunk(new ArrayList<>(index.keySet()), new ArrayList<>(byIteration.values()));
  }
}
