package dmf.serve;

import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Fans events out to the open event streams. Every stream gets {@code changed} (collections whose
 * runs changed) and {@code jobs} (the playground's queue); {@code points}, {@code status} and
 * {@code reload} of a run go only to the streams that watch that run.
 */
final class EventHub {
  private final Map<Subscriber, Set<String>> subscribers = new LinkedHashMap<>();

  /**
   * @param s a new stream
   * @param runs the served ids of the runs it watches
   */
  synchronized void add(Subscriber s, Set<String> runs) {
    subscribers.put(s, Set.copyOf(runs));
  }

  /**
   * @param s a stream that closed
   */
  synchronized void remove(Subscriber s) {
    subscribers.remove(s);
  }

  /**
   * @return how many streams are open
   */
  synchronized int size() {
    return subscribers.size();
  }

  /**
   * @return the runs some stream watches
   */
  synchronized Set<String> watchedRuns() {
    Set<String> out = new HashSet<>();
    subscribers.values().forEach(out::addAll);
    return out;
  }

  /**
   * @param collections ids of collections whose runs or files changed
   */
  void changed(Collection<String> collections) {
    broadcast(null, "changed", JsonText.of(Map.of("collections", new TreeSet<>(collections))));
  }

  /**
   * @param run the served id of a run
   * @param rows its new metric rows
   */
  void points(String run, MetricsChunk rows) {
    String json = rows.toJson();
    broadcast(run, "points", "{\"run\":" + JsonText.of(run) + "," + json.substring(1));
  }

  /**
   * @param run the served id of a run
   * @param status its new status
   */
  void status(String run, String status) {
    broadcast(run, "status", JsonText.of(Map.of("run", run, "status", status)));
  }

  /**
   * Tells the watchers of a run to read its series again (its metrics.csv was replaced).
   *
   * @param run the served id of a run
   */
  void reload(String run) {
    broadcast(run, "reload", JsonText.of(Map.of("run", run)));
  }

  /**
   * @param json the playground's queue, as its JSON answer
   */
  void jobs(String json) {
    broadcast(null, "jobs", json);
  }

  /** Sends a keep-alive event to every stream, dropping the closed ones. */
  void heartbeat() {
    broadcast(null, "ping", "{}");
  }

  private void broadcast(String run, String event, String data) {
    List<Subscriber> targets;
    synchronized (this) {
      targets =
          subscribers.entrySet().stream()
              .filter(e -> run == null || e.getValue().contains(run))
              .map(Map.Entry::getKey)
              .toList();
    }
    for (Subscriber s : targets) {
      boolean open;
      try {
        synchronized (s) {
          open = s.send(event, data);
        }
      } catch (RuntimeException e) {
        open = false;
      }
      if (!open) {
        remove(s);
      }
    }
  }
}
