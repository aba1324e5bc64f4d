package dmf.serve;

import dmf.io.store.ResultsDb;
import dmf.io.store.RunFolder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Polls the served folders and turns what writers put on disk into events, needing nothing from the
 * writers: a collection whose run list, results database, report or run folders (their number and
 * which hold summary.json) changed gives {@code changed}; a watched run's new metrics.csv lines
 * give {@code points}; its summary.json appearing gives {@code status}.
 */
final class FolderWatcher implements AutoCloseable {
  private final Catalog catalog;
  private final Roots roots;
  private final EventHub hub;
  private final Duration period;
  private final Map<String, String> signatures = new HashMap<>();
  private final Map<String, MetricsTail> tails = new ConcurrentHashMap<>();
  private final Map<String, Boolean> finished = new ConcurrentHashMap<>();
  private final ScheduledExecutorService timer =
      Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("dmf-serve-watcher"));
  private long ticks;

  /**
   * @param catalog finds the collections
   * @param roots the served folders
   * @param hub receives the events
   * @param period how often to look
   */
  FolderWatcher(Catalog catalog, Roots roots, EventHub hub, Duration period) {
    this.catalog = catalog;
    this.roots = roots;
    this.hub = hub;
    this.period = period;
  }

  /** Starts polling on a background thread. */
  void start() {
    long ms = Math.max(1, period.toMillis());
    timer.scheduleWithFixedDelay(this::safeTick, 0, ms, TimeUnit.MILLISECONDS);
  }

  /**
   * Adds an event stream. The runs it watches are followed from what their metrics.csv holds now,
   * so that a browser that reads a series after this call misses no row.
   *
   * @param s the stream
   * @param runs served ids of the runs it watches
   */
  synchronized void subscribe(Subscriber s, Set<String> runs) {
    watch(runs);
    hub.add(s, runs);
  }

  private void watch(Set<String> runs) {
    for (String id : runs) {
      Path dir = roots.resolve(id);
      tails.computeIfAbsent(id, k -> new MetricsTail(dir.resolve(Layout.METRICS)).skipToEnd());
      finished.computeIfAbsent(id, k -> RunFolder.isComplete(dir));
    }
  }

  /** One look at the folders (the background thread calls it; tests may too). */
  synchronized void tick() {
    followRuns();
    if (ticks++ % 2 == 0) {
      compareCollections();
    }
  }

  private void safeTick() {
    try {
      tick();
      if (ticks % Math.max(1, 15_000 / Math.max(1, period.toMillis())) == 0) {
        hub.heartbeat();
      }
    } catch (RuntimeException e) {
      // A folder changed under us mid-scan; the next tick sees a consistent state.
    }
  }

  private void followRuns() {
    Set<String> watched = hub.watchedRuns();
    tails.keySet().retainAll(watched);
    finished.keySet().retainAll(watched);
    for (String id : watched) {
      Path dir;
      try {
        dir = roots.resolve(id);
      } catch (RuntimeException e) {
        continue;
      }
      MetricsTail tail =
          tails.computeIfAbsent(id, k -> new MetricsTail(dir.resolve(Layout.METRICS)));
      if (tail.replaced()) {
        hub.reload(id);
        tail.skipToEnd();
        continue;
      }
      MetricsChunk rows = tail.poll();
      if (rows != null && !rows.isEmpty()) {
        hub.points(id, rows);
      }
      boolean done = RunFolder.isComplete(dir);
      if (done && !Boolean.TRUE.equals(finished.put(id, true))) {
        hub.status(id, "finished");
      } else if (!done) {
        finished.put(id, false);
      }
    }
  }

  private void compareCollections() {
    Set<String> changed = new LinkedHashSet<>();
    Set<String> seen = new LinkedHashSet<>();
    for (Collection c : catalog.collections()) {
      seen.add(c.id());
      String sig = signature(c);
      if (!Objects.equals(signatures.put(c.id(), sig), sig)) {
        changed.add(c.id());
      }
    }
    for (String gone : Set.copyOf(signatures.keySet())) {
      if (!seen.contains(gone)) {
        signatures.remove(gone);
        changed.add(gone);
      }
    }
    if (!changed.isEmpty()) {
      hub.changed(changed);
    }
  }

  /** What changes when a run is added, starts, finishes, or the sweep's files are rewritten. */
  private static String signature(Collection c) {
    StringBuilder sb = new StringBuilder();
    List<Path> runs =
        c.kind() == Collection.Kind.FOLDER
            ? c.looseRuns()
            : Roots.subfolders(c.dir().resolve(Layout.RUNS));
    for (Path run : runs) {
      sb.append(run.getFileName()).append(Files.exists(run.resolve(RunFolder.SUMMARY)) ? '+' : '-');
    }
    for (String f :
        List.of(
            Layout.SWEEP_JSON, ResultsDb.FILE_NAME, ResultsDb.FILE_NAME + "-wal", Layout.REPORT)) {
      sb.append('|').append(FileCache.stampOf(c.dir().resolve(f)));
    }
    return sb.toString();
  }

  @Override
  public void close() {
    timer.shutdownNow();
  }
}
