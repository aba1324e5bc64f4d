package dmf.base;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dmf.testing.RecordedStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Durations as people read them, and the status lines of a staged task. */
class DurationsTest {
  @Test
  void clockRoundsAndSwitchesUnits() {
    assertEquals("0s", Durations.clock(0.4));
    assertEquals("59s", Durations.clock(59.4));
    assertEquals("1m00s", Durations.clock(59.6));
    assertEquals("2m17s", Durations.clock(137));
    assertEquals("1h04m", Durations.clock(3840));
    assertEquals("?", Durations.clock(Double.NaN));
    assertEquals("?", Durations.clock(Double.POSITIVE_INFINITY));
    assertEquals("–", Durations.clock(Double.NaN, "–"));
  }

  @Test
  void stageProgressShowsShareAndEtaAndThrottlesALog() {
    RecordedStatus log = new RecordedStatus(false);
    new StageProgress(log).onProgress("reading", 5, 0, 1);
    assertEquals(List.of(), log.shown, "a log gets a line every ten seconds");
    RecordedStatus now = new RecordedStatus(true);
    StageProgress q = new StageProgress(now);
    sleep(300);
    q.onProgress("fit", 25, 100, 10);
    assertEquals(1, now.shown.size());
    assertTrue(now.shown.get(0).startsWith("fit  25%  ETA 30s  "), now.shown.get(0));
  }

  static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
