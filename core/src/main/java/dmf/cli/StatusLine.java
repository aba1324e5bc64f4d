package dmf.cli;

import dmf.base.ProgressListener;
import dmf.base.StageProgress;
import dmf.base.StatusSink;

/** Status lines on stderr: redrawn in place on a terminal, one line each otherwise. */
final class StatusLine implements StatusSink {
  /** Work that reports on a status line. */
  interface Work<T> {
    /**
     * @param status the line
     * @return what the work gives
     * @throws Exception for the command to report
     */
    T apply(StatusLine status) throws Exception;
  }

  private final boolean tty = System.console() != null;
  private boolean drawn;

  /**
   * Runs a piece of work that reports on a status line, and ends the line after it.
   *
   * @param work the work, given the status line
   * @param <T> what it returns
   * @return what it returned
   */
  static <T> T during(Work<T> work) throws Exception {
    StatusLine status = new StatusLine();
    try {
      return work.apply(status);
    } finally {
      status.end();
    }
  }

  /**
   * @param quiet no progress wanted
   * @return progress of stages shown on this line, or none when quiet
   */
  ProgressListener stages(boolean quiet) {
    return quiet ? ProgressListener.NONE : new StageProgress(this);
  }

  @Override
  public boolean live() {
    return tty;
  }

  @Override
  public void show(String line) {
    if (tty) {
      System.err.print("\r" + line + "\u001b[K");
      drawn = true;
    } else {
      System.err.println(line);
    }
    System.err.flush();
  }

  @Override
  public void note(String line) {
    System.err.println((tty ? "\r\u001b[K" : "") + line);
    drawn = false;
  }

  @Override
  public void end() {
    if (drawn) {
      System.err.println();
      drawn = false;
    }
  }
}
