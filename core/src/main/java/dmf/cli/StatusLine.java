package dmf.cli;

import dmf.base.ProgressListener;
import dmf.base.StageProgress;
import dmf.base.StatusSink;
import java.util.function.Function;

/** Status lines on stderr: redrawn in place on a terminal, one line each otherwise. */
final class StatusLine implements StatusSink {
  private final boolean tty = System.console() != null;
  private boolean drawn;

  /**
   * Runs a piece of work that reports on a status line, and ends the line after it.
   *
   * @param work the work, given the status line
   * @param <T> what it returns
   * @return what it returned
   */
  static <T> T during(Function<StatusLine, T> work) {
    StatusLine status = new StatusLine();
    try {
      return work.apply(status);
    } finally {
      status.finish();
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

  /** Ends the in-place line, if one was drawn. */
  void finish() {
    if (drawn) {
      System.err.println();
      drawn = false;
    }
  }
}
