package dmf.cli;

import java.io.PrintStream;

/**
 * One status line on stderr: redrawn in place on a terminal, printed as a new line otherwise; the
 * caller decides how often.
 */
final class StatusLine {
  private final PrintStream err;
  private final boolean tty;
  private boolean drawn;

  StatusLine(PrintStream err) {
    this.err = err;
    this.tty = System.console() != null;
  }

  /**
   * @return whether stderr is a terminal (lines are then redrawn in place)
   */
  boolean tty() {
    return tty;
  }

  /**
   * @param line the status
   */
  void show(String line) {
    if (tty) {
      err.print("\r" + line + "\u001b[K");
      drawn = true;
    } else {
      err.println(line);
    }
    err.flush();
  }

  /** Ends the in-place line, if one was drawn. */
  void finish() {
    if (drawn) {
      err.println();
      drawn = false;
    }
  }
}
