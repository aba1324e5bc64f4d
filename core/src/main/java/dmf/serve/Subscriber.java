package dmf.serve;

/** One open event stream to a browser (server-sent events). */
interface Subscriber {
  /**
   * Sends one event.
   *
   * @param event the event name
   * @param data its data (JSON, one line)
   * @return false when the stream is closed (the subscriber is then dropped)
   */
  boolean send(String event, String data);
}
