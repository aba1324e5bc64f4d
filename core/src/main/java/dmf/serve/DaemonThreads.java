package dmf.serve;

import java.util.concurrent.ThreadFactory;

/** Background threads of the server: daemons (they never keep the process alive), named. */
final class DaemonThreads {
  private DaemonThreads() {}

  /**
   * @param name the threads' name
   * @return a factory of daemon threads with that name
   */
  static ThreadFactory named(String name) {
    return r -> {
      Thread t = new Thread(r, name);
      t.setDaemon(true);
      return t;
    };
  }
}
