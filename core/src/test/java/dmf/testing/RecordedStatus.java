package dmf.testing;

import dmf.base.StatusSink;
import java.util.ArrayList;
import java.util.List;

/** A status sink that keeps what it is shown, live (a terminal) or not (a log). */
public final class RecordedStatus implements StatusSink {
  private final boolean live;

  /** The status lines shown, in order. */
  public final List<String> shown = new ArrayList<>();

  /** The notes, in order. */
  public final List<String> notes = new ArrayList<>();

  /**
   * @param live whether it stands for a terminal
   */
  public RecordedStatus(boolean live) {
    this.live = live;
  }

  @Override
  public boolean live() {
    return live;
  }

  @Override
  public void show(String line) {
    shown.add(line);
  }

  @Override
  public void note(String line) {
    notes.add(line);
  }
}
