package dmf.ratings;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Independent tasks on a fixed pool, results in task order; the first failure is rethrown. */
final class Parallel {
  private Parallel() {}

  /**
   * @param tasks the tasks
   * @param workers threads (1 runs them here, in order)
   * @param <T> the result type
   * @return each task's result, in task order
   */
  static <T> List<T> run(List<Callable<T>> tasks, int workers) {
    List<T> out = new ArrayList<>();
    if (workers <= 1 || tasks.size() <= 1) {
      for (Callable<T> t : tasks) {
        out.add(call(t));
      }
      return out;
    }
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(workers, tasks.size()));
    try {
      List<Future<T>> futures = new ArrayList<>();
      for (Callable<T> t : tasks) {
        futures.add(pool.submit(t));
      }
      for (Future<T> f : futures) {
        try {
          out.add(f.get());
        } catch (ExecutionException ex) {
          throw rethrow(ex.getCause());
        } catch (InterruptedException ex) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException("interrupted", ex);
        }
      }
      return out;
    } finally {
      pool.shutdownNow();
    }
  }

  private static <T> T call(Callable<T> t) {
    try {
      return t.call();
    } catch (Exception ex) {
      throw rethrow(ex);
    }
  }

  private static RuntimeException rethrow(Throwable t) {
    if (t instanceof RuntimeException r) {
      return r;
    }
    if (t instanceof Error e) {
      throw e;
    }
    return new IllegalStateException(t);
  }
}
