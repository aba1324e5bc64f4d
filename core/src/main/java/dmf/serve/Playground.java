package dmf.serve;

import dmf.base.UserInputException;
import dmf.experiment.RunSpec;
import dmf.io.store.RunFolder;
import dmf.io.store.RunRow;
import dmf.problem.IterationRecord;
import dmf.problem.SolveObserver;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Small runs started from the browser, trained one at a time on a background thread of the server.
 * Each run's records stream to the browsers that watch it as they are logged, and the run lands as
 * an ordinary run folder in the playground folder ({@code playground/runs/ID} under the first
 * served folder), stored in that folder's results.db.
 */
final class Playground implements AutoCloseable {
  private final Path folder;
  private final String folderId;
  private final EventHub hub;
  private final AtomicLong counter = new AtomicLong();
  private final Map<Long, PlaygroundJob> jobs = new LinkedHashMap<>();
  private final Map<String, List<IterationRecord>> live = new ConcurrentHashMap<>();
  private final Map<Long, Boolean> stops = new ConcurrentHashMap<>();
  private final ExecutorService worker =
      Executors.newSingleThreadExecutor(DaemonThreads.named("dmf-serve-playground"));

  /**
   * @param roots the served folders (the playground lives under the first)
   * @param hub receives the queue and the records
   */
  Playground(Roots roots, EventHub hub) {
    this.folder = roots.root(0).resolve(Layout.PLAYGROUND);
    this.folderId = roots.idOf(0, folder);
    this.hub = hub;
  }

  /**
   * Validates a form and queues its run.
   *
   * @param form field → value
   * @return the job (an earlier one for the same settings while it is still queued or running)
   * @throws UserInputException for a bad value
   */
  PlaygroundJob submit(Map<String, String> form) {
    RunSpec run = PlaygroundTrainer.resolve(PlaygroundForm.settings(form));
    String name = run.id();
    String id = folderId + "/" + Layout.RUNS + "/" + name;
    PlaygroundJob job;
    synchronized (this) {
      for (PlaygroundJob j : jobs.values()) {
        if (j.name().equals(name) && j.active()) {
          return j;
        }
      }
      PlaygroundTrainer.register(folder, run);
      job =
          new PlaygroundJob(
              counter.incrementAndGet(), id, name, label(run.settings()), RunEntry.QUEUED, "");
      jobs.put(job.job(), job);
    }
    publish();
    worker.submit(() -> train(job.job(), run));
    return job;
  }

  /**
   * Asks a queued or running job to stop (a running one stops at its next progress check and is
   * written with stop reason "interrupted").
   *
   * @param job the job number
   * @return whether there was such a job still queued or running
   */
  boolean stop(long job) {
    synchronized (this) {
      PlaygroundJob j = jobs.get(job);
      if (j == null || !j.active()) {
        return false;
      }
    }
    stops.put(job, true);
    return true;
  }

  /**
   * @return the jobs of this server's life, newest first
   */
  synchronized List<PlaygroundJob> jobs() {
    List<PlaygroundJob> out = new ArrayList<>(jobs.values());
    Collections.reverse(out);
    return out;
  }

  /**
   * @param runId the served id of a run
   * @return "queued" or "running" while this server has that run in its queue
   */
  synchronized Optional<String> status(String runId) {
    for (PlaygroundJob j : jobs.values()) {
      if (j.run().equals(runId) && j.active()) {
        return Optional.of(j.state().equals("running") ? RunRow.RUNNING : RunEntry.QUEUED);
      }
    }
    return Optional.empty();
  }

  /**
   * @param runId the served id of a run
   * @return the records logged so far while it trains here
   */
  Optional<MetricsChunk> records(String runId) {
    List<IterationRecord> r = live.get(runId);
    if (r == null) {
      return Optional.empty();
    }
    synchronized (r) {
      return Optional.of(chunk(r));
    }
  }

  /**
   * @return the queue as JSON
   */
  String json() {
    List<Map<String, Object>> list = new ArrayList<>();
    for (PlaygroundJob j : jobs()) {
      list.add(j.toMap());
    }
    return JsonText.of(Map.of("jobs", list));
  }

  private void train(long jobNumber, RunSpec run) {
    PlaygroundJob job;
    synchronized (this) {
      job = jobs.get(jobNumber);
    }
    Path dir = folder.resolve(Layout.RUNS).resolve(job.name());
    if (stops.remove(jobNumber) != null) {
      update(job.with("stopped", "stopped before it started"));
      return;
    }
    if (RunFolder.isComplete(dir)) {
      update(job.with(RunRow.COMPLETED, "already trained with these settings"));
      return;
    }
    List<IterationRecord> records = new ArrayList<>();
    live.put(job.run(), records);
    update(job.with("running", ""));
    SolveObserver observer =
        new SolveObserver() {
          @Override
          public void onRecord(IterationRecord r) {
            synchronized (records) {
              records.add(r);
            }
            hub.points(job.run(), chunk(List.of(r)));
          }

          @Override
          public boolean stopRequested() {
            return stops.containsKey(jobNumber);
          }
        };
    String state;
    String message;
    try {
      Map<String, Object> summary = PlaygroundTrainer.train(folder, run, dir, observer);
      message = String.valueOf(summary.getOrDefault("stop_reason", ""));
      state =
          message.equals("failed")
              ? RunRow.FAILED
              : message.equals("interrupted") ? "stopped" : RunRow.COMPLETED;
      if (message.equals("failed")) {
        message = String.valueOf(summary.get("error"));
      }
    } catch (RuntimeException e) {
      state = RunRow.FAILED;
      message = e.getClass().getSimpleName() + ": " + e.getMessage();
    } finally {
      live.remove(job.run());
      stops.remove(jobNumber);
    }
    update(job.with(state, message));
    hub.status(job.run(), state);
  }

  private void update(PlaygroundJob job) {
    synchronized (this) {
      jobs.put(job.job(), job);
    }
    publish();
  }

  private void publish() {
    hub.jobs(json());
  }

  private static MetricsChunk chunk(List<IterationRecord> records) {
    List<String> columns = new ArrayList<>(List.of("iteration", "seconds"));
    if (!records.isEmpty()) {
      columns.addAll(records.get(0).scalars().keySet());
    }
    List<double[]> rows = new ArrayList<>(records.size());
    for (IterationRecord r : records) {
      double[] row = new double[columns.size()];
      row[0] = r.iteration();
      row[1] = r.seconds();
      for (int j = 2; j < row.length; j++) {
        row[j] = r.get(columns.get(j));
      }
      rows.add(row);
    }
    return new MetricsChunk(columns, rows);
  }

  private static String label(Map<String, Object> s) {
    StringBuilder sb = new StringBuilder();
    sb.append(s.get("kind")).append(' ').append(s.get("rows")).append('×').append(s.get("cols"));
    sb.append(" rank ").append(s.get("rank"));
    sb.append(", depth ").append(s.get("depth"));
    Object obs = s.containsKey("observations") ? s.get("observations") : s.get("measurements");
    sb.append(", ")
        .append(obs)
        .append(s.containsKey("observations") ? " entries" : " measurements");
    sb.append(", ").append(s.get("optimizer")).append(" lr ").append(s.get("lr"));
    sb.append(", init ").append(s.get("init_scale")).append(", seed ").append(s.get("seed"));
    return sb.toString();
  }

  @Override
  public void close() {
    for (PlaygroundJob j : jobs()) {
      stops.put(j.job(), true);
    }
    worker.shutdownNow();
  }
}
