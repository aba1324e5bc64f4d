package dmf.experiment;

import dmf.base.Workers;
import dmf.io.Json;
import dmf.io.store.ResultsDb;
import dmf.io.store.RunFolder;
import dmf.problem.SolveObserver;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs a sweep into a folder: {@code runs/<id>/} per run and {@code results.db} beside them.
 * Resumable: a run whose folder holds a summary that is not "failed" is done (and is imported into
 * the database if the database missed it), so killing a sweep at any point and rerunning it
 * completes only the missing runs. Runs are independent and execute on a fixed pool of workers, one
 * thread each (a run's own {@code threads} setting is capped at one, see {@link Workers#capped}),
 * through {@link RunExecutor}; the database records what the executor returns.
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

  /**
   * What a sweep invocation did.
   *
   * @param total runs in the sweep
   * @param executed runs executed in this invocation
   * @param failures the runs that failed in this invocation, by id
   */
  public record Result(int total, int executed, Map<String, RunFailure> failures) {
    /** Copies the failures. */
    public Result {
      failures = Collections.unmodifiableMap(new LinkedHashMap<>(failures));
    }

    /**
     * @return whether some run failed because of a user mistake (a bad setting or input file)
     */
    public boolean anyUserError() {
      return failures.values().stream().anyMatch(RunFailure::userError);
    }
  }

  private final Path out;
  private final int workers;
  private final boolean keepGoing;

  /**
   * A runner that keeps going after a failed run.
   *
   * @param out the sweep folder
   * @param workers parallel runs (≥ 1)
   */
  public SweepRunner(Path out, int workers) {
    this(out, workers, true);
  }

  /**
   * @param out the sweep folder
   * @param workers parallel runs (≥ 1)
   * @param keepGoing run every run even after one failed; otherwise no new run starts after the
   *     first failure (runs under way finish)
   */
  public SweepRunner(Path out, int workers, boolean keepGoing) {
    this.out = out;
    this.workers = Math.max(1, workers);
    this.keepGoing = keepGoing;
  }

  /**
   * @param id a run id
   * @return the folder of that run
   */
  public Path runFolder(String id) {
    return out.resolve("runs").resolve(id);
  }

  /**
   * Runs every missing run of the list.
   *
   * @param runs the expanded sweep
   * @param listener progress
   * @return what this invocation did
   */
  public Result run(List<RunSpec> runs, Listener listener) {
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
      for (RunSpec r : runs) {
        Path f = runFolder(r.id());
        if (RunFolder.isComplete(f) && !"failed".equals(stopReason(f))) {
          if (!db.hasCompletedRun(r.id())) {
            RunFolder.Stored s = RunFolder.load(f, r.id(), sweepOf(r), r.settings());
            db.insertMetrics(r.id(), s.metrics());
            db.upsertRun(s.row());
          }
        } else {
          todo.add(r);
        }
      }
      int total = runs.size();
      int done0 = total - todo.size();
      listener.progress(done0, total, 0, 0, Double.NaN, "");
      AtomicInteger done = new AtomicInteger(done0);
      AtomicInteger executed = new AtomicInteger();
      Map<String, RunFailure> failures = Collections.synchronizedMap(new LinkedHashMap<>());
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
                    if (!keepGoing && !failures.isEmpty()) {
                      return;
                    }
                    // One thread per run: the runs are the parallelism of a sweep.
                    RunOutcome o =
                        Workers.capped(
                            1,
                            () ->
                                RunExecutor.execute(
                                    r, runFolder(r.id()), SolveObserver.NONE, false));
                    db.insertMetrics(r.id(), o.metrics());
                    db.upsertRun(o.row());
                    o.error().ifPresent(e -> failures.put(r.id(), e));
                    int n = done.incrementAndGet();
                    int ran = executed.incrementAndGet();
                    double elapsed = (System.nanoTime() - t0) * 1e-9;
                    double eta = elapsed / ran * (total - n);
                    synchronized (listener) {
                      listener.progress(
                          n,
                          total,
                          failures.size(),
                          elapsed,
                          eta,
                          r.id() + " " + o.summary().get("stop_reason"));
                    }
                  }));
        }
        for (Future<?> fu : futures) {
          fu.get();
        }
      } catch (InterruptedException ex) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("sweep interrupted", ex);
      } catch (ExecutionException ex) {
        Throwable c = ex.getCause();
        if (c instanceof RuntimeException re) {
          throw re;
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
      return new Result(total, executed.get(), failures);
    }
  }

  private static String sweepOf(RunSpec r) {
    Object s = r.tags().get(RunSettings.SWEEP.key());
    return s == null ? "" : s.toString();
  }

  private static String stopReason(Path folder) {
    Object s = Json.readObject(folder.resolve(RunFolder.SUMMARY)).get("stop_reason");
    return s == null ? "" : s.toString();
  }
}
