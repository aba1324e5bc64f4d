package dmf.experiment;

import dmf.io.Json;
import dmf.io.store.MetricRow;
import dmf.io.store.ResultsDb;
import dmf.io.store.RunFolder;
import dmf.io.store.RunRow;
import dmf.problem.SolveObserver;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs a sweep into a folder: {@code runs/<id>/} per run and {@code results.db} beside them.
 * Resumable: a run whose folder holds summary.json is done (and is imported into the database if
 * the database missed it), so killing a sweep at any point and rerunning it completes only the
 * missing runs. Runs are independent and execute on a fixed pool of workers, one thread each.
 */
public final class SweepRunner {
  /** Receives sweep progress. */
  public interface Listener {
    /**
     * @param done runs finished (including those found complete)
     * @param total runs in the sweep
     * @param failed runs that failed
     * @param elapsed seconds since this invocation started
     * @param eta estimated seconds to go, or NaN
     * @param last the id and stop reason of the run that just finished
     */
    void progress(int done, int total, int failed, double elapsed, double eta, String last);
  }

  private final Path out;
  private final int workers;

  /**
   * @param out the sweep folder
   * @param workers parallel runs (≥ 1)
   */
  public SweepRunner(Path out, int workers) {
    this.out = out;
    this.workers = Math.max(1, workers);
  }

  /**
   * @return the folder of a run
   */
  public Path runFolder(String id) {
    return out.resolve("runs").resolve(id);
  }

  /**
   * Runs every missing run of the list.
   *
   * @param runs the expanded sweep
   * @param listener progress
   * @return how many runs were executed in this invocation
   */
  public int run(List<RunSpec> runs, Listener listener) {
    dmf.io.AtomicFiles.createDirectories(out.resolve("runs"));
    List<Map<String, Object>> index = new ArrayList<>();
    for (RunSpec r : runs) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("run_id", r.id());
      m.put("settings", r.settings());
      index.add(m);
    }
    Json.write(out.resolve("sweep.json"), index);
    long t0 = System.nanoTime();
    try (ResultsDb db = ResultsDb.open(out.resolve(ResultsDb.FILE_NAME))) {
      List<RunSpec> todo = new ArrayList<>();
      int done = 0;
      int failed = 0;
      for (RunSpec r : runs) {
        Path f = runFolder(r.id());
        if (RunFolder.isComplete(f) && !"failed".equals(stopReason(f))) {
          if (!db.hasCompletedRun(r.id())) {
            store(db, r, f);
          }
          done++;
        } else {
          todo.add(r);
        }
      }
      int total = runs.size();
      listener.progress(done, total, 0, 0, Double.NaN, "");
      AtomicInteger doneCount = new AtomicInteger(done);
      AtomicInteger failedCount = new AtomicInteger(failed);
      AtomicInteger executed = new AtomicInteger();
      ExecutorService pool =
          Executors.newFixedThreadPool(
              workers,
              r -> {
                Thread t = new Thread(r, "dmf-sweep-worker");
                t.setDaemon(true);
                return t;
              });
      try {
        List<Future<?>> futures = new ArrayList<>();
        for (RunSpec r : todo) {
          futures.add(
              pool.submit(
                  () -> {
                    Path f = runFolder(r.id());
                    Map<String, Object> summary = RunExecutor.execute(r, f, SolveObserver.NONE);
                    store(db, r, f);
                    boolean bad = "failed".equals(summary.get("stop_reason"));
                    int fails = bad ? failedCount.incrementAndGet() : failedCount.get();
                    int n = doneCount.incrementAndGet();
                    int ran = executed.incrementAndGet();
                    double elapsed = (System.nanoTime() - t0) * 1e-9;
                    double eta = elapsed / ran * (total - n);
                    synchronized (listener) {
                      listener.progress(
                          n, total, fails, elapsed, eta, r.id() + " " + summary.get("stop_reason"));
                    }
                  }));
        }
        for (Future<?> fu : futures) {
          fu.get();
        }
      } catch (InterruptedException ex) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("sweep interrupted", ex);
      } catch (java.util.concurrent.ExecutionException ex) {
        Throwable c = ex.getCause();
        if (c instanceof RuntimeException) {
          throw (RuntimeException) c;
        }
        throw new IllegalStateException(c);
      } finally {
        pool.shutdownNow();
        try {
          pool.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException ex) {
          Thread.currentThread().interrupt();
        }
      }
      return executed.get();
    }
  }

  private static String stopReason(Path folder) {
    Object s = Json.readObject(folder.resolve(RunFolder.SUMMARY)).get("stop_reason");
    return s == null ? "" : s.toString();
  }

  /**
   * Imports a finished run folder into the database (run row and metric series).
   *
   * @param db the sweep's database
   * @param r the run
   * @param folder its run folder, holding summary.json
   */
  public static void store(ResultsDb db, RunSpec r, Path folder) {
    Map<String, Object> summary = Json.readObject(folder.resolve(RunFolder.SUMMARY));
    Path prov = folder.resolve("provenance.json");
    Map<String, Object> provenance = Files.exists(prov) ? Json.readObject(prov) : Map.of();
    String status = "failed".equals(summary.get("stop_reason")) ? RunRow.FAILED : RunRow.COMPLETED;
    db.insertMetrics(r.id(), readMetrics(folder.resolve("metrics.csv")));
    db.upsertRun(
        new RunRow(
            r.id(),
            String.valueOf(r.settings().getOrDefault("sweep", "")),
            status,
            r.settings(),
            summary,
            provenance,
            Instant.now().toString()));
  }

  /** Reads metrics.csv back into rows (empty if there is none). */
  static List<MetricRow> readMetrics(Path csv) {
    List<MetricRow> rows = new ArrayList<>();
    if (!Files.exists(csv)) {
      return rows;
    }
    try (BufferedReader in = Files.newBufferedReader(csv)) {
      String header = in.readLine();
      if (header == null) {
        return rows;
      }
      String[] names = header.split(",");
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        String[] v = line.split(",", -1);
        long it = Long.parseLong(v[0]);
        for (int i = 1; i < names.length && i < v.length; i++) {
          if (!v[i].isEmpty()) {
            rows.add(new MetricRow(it, names[i], parse(v[i])));
          }
        }
      }
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
    return rows;
  }

  private static double parse(String s) {
    switch (s) {
      case "nan":
        return Double.NaN;
      case "inf":
        return Double.POSITIVE_INFINITY;
      case "-inf":
        return Double.NEGATIVE_INFINITY;
      default:
        return Double.parseDouble(s);
    }
  }
}
