package dmf.cli;

import dmf.base.StatusSink;

/** Status lines on stderr: redrawn in place on a terminal, one line each otherwise. */
final class StatusLine implements StatusSink {
  private final boolean tty = System.console() != null;
  private boolean drawn;

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
