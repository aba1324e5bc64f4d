package dmf.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dmf.testing.RecordedStatus;
import org.junit.jupiter.api.Test;

/** The status lines of a solve: rate, and an ETA from the budget or the loss's decay. */
class SolveProgressTest {
  @Test
  void etaIsTheSoonerOfBudgetAndThreshold() {
    RecordedStatus s = new RecordedStatus(true);
    SolveProgress p = new SolveProgress(s, "train", 1e-6);
    p.onProgress(0, 1000, 1.0, 0);
    assertEquals("train iter 0  loss 1.000e+00  0 it/s  0s  ETA ?", s.shown.get(0));
    // 100 iterations in 2 s (50 it/s: the budget ends in 18 s); the loss falls by e^-2 per second,
    // so it reaches 1e-6 from e^-4 in (ln 1e-6 + 4) / -2 ≈ 4.9 s.
    p.onProgress(100, 1000, Math.exp(-4), 2);
    assertEquals("train iter 100  loss 1.832e-02  50 it/s  2s  ETA 5s", s.shown.get(1));
  }

  @Test
  void withoutAThresholdTheBudgetDecides() {
    RecordedStatus s = new RecordedStatus(true);
    SolveProgress p = new SolveProgress(s, "svt", 0);
    p.onProgress(0, 1000, 1.0, 0);
    p.onProgress(100, 1000, Math.exp(-4), 2);
    assertEquals("svt iter 100  loss 1.832e-02  50 it/s  2s  ETA 18s", s.shown.get(1));
  }

  @Test
  void aLogGetsALineEveryTenSeconds() {
    RecordedStatus s = new RecordedStatus(false);
    SolveProgress p = new SolveProgress(s, "train", 0);
    for (int i = 0; i <= 25; i++) {
      p.onProgress(i, 100, 1.0, i);
    }
    assertEquals(2, s.shown.size(), "ten seconds apart: at 9 and 19 seconds");
  }
}
