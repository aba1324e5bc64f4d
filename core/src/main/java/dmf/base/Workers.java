package dmf.base;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.function.Supplier;

/**
 * A small pool of threads for one long computation, running a fixed list of pieces.
 *
 * <p>Deterministic by construction: the caller cuts the work into pieces that depend on the problem
 * only, never on the thread count, and each piece writes its own output; threads only decide who
 * computes which piece. So the results are bitwise the same for 1, 2 or 64 threads.
 *
 * <p>The thread count of a run is its {@code threads} setting, or all cores when that is 0, but
 * never more than the cap of the calling thread ({@link #capped}): the sweep runner caps each of
 * its workers at one thread, so parallel runs do not compete for cores.
 */
public final class Workers {
  private static final ThreadLocal<Integer> CAP = new InheritableThreadLocal<>();

  /** Helper threads shared by every pool of the process; idle ones end after a minute. */
  private static final ExecutorService SHARED =
      Executors.newCachedThreadPool(
          r -> {
            Thread t = new Thread(r, "dmf-worker");
            t.setDaemon(true);
            return t;
          });

  private final int threads;

  private Workers(int threads) {
    this.threads = threads;
  }

  /**
   * The default number of independent runs (sweep runs, cross-validation folds) to execute at once:
   * half the available processors, at least one. Cloud vCPUs are usually the two hyperthreads of
   * one core, and the runs are bound by floating-point work and cache: on the 2-vCPU machine of
   * docs/performance.md two concurrent runs gave 0.58× the throughput of one, and {@code dmf
   * reproduce fig1 --quick} took 67 s with one worker against 73 s with two. Ask for more where the
   * processors are real cores.
   *
   * @return the default count of parallel runs
   */
  public static int defaultParallelRuns() {
    return Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
  }

  /**
   * @param requested threads asked for (0 = all cores)
   * @return the pool: the request bounded by the cores and by the calling thread's cap
   */
  public static Workers of(int requested) {
    return new Workers(resolve(requested));
  }

  /**
   * @param requested threads asked for (0 = all cores)
   * @return the thread count a pool made now would have
   */
  public static int resolve(int requested) {
    if (requested < 0) {
      throw new IllegalArgumentException("threads must be ≥ 0, got " + requested);
    }
    int cores = Runtime.getRuntime().availableProcessors();
    int n = requested == 0 ? cores : requested;
    Integer cap = CAP.get();
    return Math.max(1, cap == null ? n : Math.min(n, cap));
  }

  /**
   * Runs {@code body} with every pool made in this thread (and threads it starts) capped at {@code
   * max} threads.
   *
   * @param max the cap, ≥ 1
   * @param body the work
   * @param <T> its result type
   * @return its result
   */
  public static <T> T capped(int max, Supplier<T> body) {
    Integer before = CAP.get();
    CAP.set(Math.max(1, max));
    try {
      return body.get();
    } finally {
      if (before == null) {
        CAP.remove();
      } else {
        CAP.set(before);
      }
    }
  }

  /**
   * @return the number of threads that run pieces (the caller's included)
   */
  public int threads() {
    return threads;
  }

  /**
   * Runs piece(0) … piece(count − 1), each exactly once, on the pool and the calling thread;
   * returns when all are done. A piece that throws makes this throw (after the others finish).
   *
   * @param count number of pieces
   * @param piece the work of one piece; pieces must not write to shared locations
   */
  public void run(int count, IntConsumer piece) {
    if (threads == 1 || count <= 1) {
      for (int i = 0; i < count; i++) {
        piece.accept(i);
      }
      return;
    }
    AtomicInteger next = new AtomicInteger();
    Runnable drain =
        () -> {
          for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
            piece.accept(i);
          }
        };
    List<Future<?>> helpers = new ArrayList<>();
    for (int t = 1; t < Math.min(threads, count); t++) {
      helpers.add(SHARED.submit(drain));
    }
    Throwable first = null;
    try {
      drain.run();
    } catch (RuntimeException | Error ex) {
      first = ex;
    }
    for (Future<?> f : helpers) {
      try {
        f.get();
      } catch (ExecutionException ex) {
        first = first == null ? ex.getCause() : first;
      } catch (InterruptedException ex) {
        Thread.currentThread().interrupt();
        first = first == null ? ex : first;
      }
    }
    if (first instanceof RuntimeException r) {
      throw r;
    }
    if (first instanceof Error e) {
      throw e;
    }
    if (first != null) {
      throw new IllegalStateException(first);
    }
  }
}
