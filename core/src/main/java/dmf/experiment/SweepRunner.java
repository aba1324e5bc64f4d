package dmf.experiment;

import dmf.base.Printout;
import dmf.base.UserInputException;
import dmf.base.Workers;
import dmf.io.OutputPaths;
import dmf.settings.Setting;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Runs a sweep into a folder: {@code runs/<id>/} per run and {@code results.db} beside them.
 * Resumable: a run whose folder holds a summary that is not "failed" is done (and is imported into
 * the database if the database missed it), so killing a sweep at any point and rerunning it
 * completes only the missing runs. Runs are independent and execute on a fixed pool of workers, one
 * thread each (a run's own {@code threads} setting is capped at one, see {@link Workers#capped}),
 * through {@link RunExecutor}; the database records what the executor returns. Concurrent sweeps on
 * one folder cooperate through per-run claims (see {@link SweepSession}).
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

    /**
     * @return the exit code of a command that ran the sweep: 0 when no run failed, 2 when some run
     *     failed on a user mistake, else 1
     */
    public int exitCode() {
      return failures.isEmpty() ? 0 : anyUserError() ? 2 : 1;
    }

    /**
     * @param summary the line that sums up the sweep, shown first
     * @param dir the sweep folder, or null
     * @return the summary, the failed runs ({@link #failureLines}) and the {@link #exitCode}
     */
    public Printout printout(List<String> summary, Path dir) {
      return new Printout(summary, failureLines(dir), exitCode());
    }

    /**
     * The failed runs, user mistakes first: a line naming the first (and, when there are more,
     * where to list them all), then at most nine others, one line each.
     *
     * @param dir the sweep folder, or null
     * @return the lines, empty when no run failed
     */
    public List<String> failureLines(Path dir) {
      List<Map.Entry<String, RunFailure>> failed = new ArrayList<>(failures.entrySet());
      failed.sort(Comparator.comparing(e -> e.getValue().cause()));
      List<String> lines = new ArrayList<>();
      for (Map.Entry<String, RunFailure> e : failed.subList(0, Math.min(10, failed.size()))) {
        lines.add(
            "run "
                + e.getKey()
                + (lines.isEmpty() ? " failed (" : " (")
                + e.getValue().cause().label()
                + "): "
                + e.getValue().message().replace('\n', ' '));
      }
      if (failed.size() > 1) {
        lines.set(
            0,
            failed.size()
                + " runs failed; "
                + lines.get(0)
                + (dir == null ? "" : " (all: dmf results list " + dir + ")"));
      }
      return lines;
    }
  }

  /**
   * @param label what ran, e.g. "sweep fig1"
   * @param runs runs in the sweep
   * @param executed runs executed in this invocation
   * @param dir the sweep folder
   * @return e.g. {@code sweep fig1: 24 runs (3 executed now) in results/fig1}
   */
  public static String summaryLine(String label, int runs, int executed, Path dir) {
    return label + ": " + runs + " runs (" + executed + " executed now) in " + dir;
  }

  /** Parallel runs of one sweep invocation. */
  public static final Setting<Integer> WORKERS =
      Setting.ofInt(
              "workers", 1, "parallel runs (default: half the available processors, at least 1)")
          .min(1)
          .max(1024)
          .withDefault(null);

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
   * @throws UserInputException for fewer than 1 or more than 1024 workers
   */
  public SweepRunner(Path out, int workers, boolean keepGoing) {
    this.out = out;
    this.workers = WORKERS.parse(workers);
    this.keepGoing = keepGoing;
  }

  /**
   * @param id a run id
   * @return the folder of that run
   */
  public Path runFolder(String id) {
    return SweepFolder.runFolder(out, id);
  }

  /**
   * Runs every missing run of the list. Several invocations may work on one folder at once (in
   * other processes, or other threads): each run is executed by one of them, and each invocation
   * returns when every run is settled. A machine fault (a full disk) stops the sweep at once; a
   * failed run stops it unless it keeps going.
   *
   * @param runs the expanded sweep
   * @param listener progress
   * @return what this invocation did
   * @throws UserInputException when the folder is a file or another kind of dmf folder, its
   *     database is not a results database, or the largest runs cannot fit the heap side by side
   * @throws RuntimeException for a fault that stopped the sweep (e.g. a full disk while storing)
   */
  public Result run(List<RunSpec> runs, Listener listener) {
    long startMillis = System.currentTimeMillis();
    OutputPaths.requireFolder(out, "sweep folder", OutputPaths.SWEEP_FOLDER, "a sweep");
    RunLimits.requireParallel(runs, workers);
    try (SweepFolder folder = SweepFolder.open(out, runs)) {
      List<RunSpec> todo = folder.unsettled(runs);
      SweepSession session =
          new SweepSession(
              folder,
              new SweepProgress(runs.size(), todo.size(), listener),
              keepGoing,
              startMillis);
      List<RunSpec> held = Collections.synchronizedList(new ArrayList<>());
      inPool(
          todo,
          r -> {
            if (!session.trySettle(r)) {
              held.add(r);
            }
          });
      inPool(new ArrayList<>(held), session::settleWhenFree);
      return session.result();
    }
  }

  /** Runs the task on each run, on the pool of workers, and waits for all. */
  private void inPool(List<RunSpec> runs, Consumer<RunSpec> task) {
    if (runs.isEmpty()) {
      return;
    }
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
      for (RunSpec r : runs) {
        futures.add(pool.submit(() -> task.accept(r)));
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
      if (c instanceof Error e) {
        throw e;
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
  }
}
