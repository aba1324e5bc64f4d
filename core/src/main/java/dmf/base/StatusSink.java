package dmf.base;

/**
 * Where a progress meter sends its status lines; the command line draws them on stderr. Library
 * code decides what a line says and how often it is worth showing; the sink only shows it.
 */
public interface StatusSink {
  /**
   * @return whether lines are redrawn in place (a terminal), so they may come often
   */
  boolean live();

  /**
   * @param line the current status, replacing the previous one where the sink is live
   */
  void show(String line);

  /**
   * @param line a message that stays, after which the status is drawn anew
   */
  void note(String line);

  /** Ends the status line where the sink draws one in place, before other output follows. */
  default void end() {}
}
