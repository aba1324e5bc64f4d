package dmf.serve;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One playground run in the queue.
 *
 * @param job a number, counting from 1 in this server's life
 * @param run the served id of its run folder
 * @param name the run's id
 * @param label its main settings, for the queue list
 * @param state queued, running, completed, failed, or stopped
 * @param message the stop reason or the error, once known
 */
record PlaygroundJob(
    long job, String run, String name, String label, String state, String message) {

  /**
   * @param newState the new state
   * @param newMessage the new message
   * @return a copy in another state
   */
  PlaygroundJob with(String newState, String newMessage) {
    return new PlaygroundJob(job, run, name, label, newState, newMessage);
  }

  /**
   * @return whether it waits or trains
   */
  boolean active() {
    return state.equals(RunEntry.QUEUED) || state.equals("running");
  }

  /**
   * @return the job as a JSON-able map
   */
  Map<String, Object> toMap() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("job", job);
    m.put("run", run);
    m.put("name", name);
    m.put("label", label);
    m.put("state", state);
    m.put("message", message);
    return m;
  }
}
