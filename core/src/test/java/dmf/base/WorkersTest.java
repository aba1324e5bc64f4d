package dmf.base;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.Test;

/** Every piece runs once; failures surface; a cap bounds every pool made under it. */
class WorkersTest {
  @Test
  void runsEachPieceOnce() {
    for (int threads : new int[] {1, 2, 5}) {
      AtomicIntegerArray seen = new AtomicIntegerArray(100);
      Workers.of(threads).run(100, seen::incrementAndGet);
      for (int i = 0; i < 100; i++) {
        assertEquals(1, seen.get(i), "piece " + i + " with " + threads + " threads");
      }
    }
  }

  @Test
  void aFailingPieceFailsTheRun() {
    IllegalStateException ex =
        assertThrows(
            IllegalStateException.class,
            () ->
                Workers.of(3)
                    .run(
                        20,
                        i -> {
                          if (i == 13) {
                            throw new IllegalStateException("piece 13");
                          }
                        }));
    assertEquals("piece 13", ex.getMessage());
  }

  @Test
  void aCapBoundsThePool() {
    assertEquals(3, Workers.resolve(3));
    assertEquals(1, (int) Workers.capped(1, () -> Workers.resolve(0)));
    assertEquals(1, (int) Workers.capped(1, () -> Workers.of(4).threads()));
    assertEquals(2, (int) Workers.capped(2, () -> Workers.resolve(8)));
    assertEquals(
        Runtime.getRuntime().availableProcessors(), Workers.resolve(0), "the cap is lifted after");
    assertThrows(IllegalArgumentException.class, () -> Workers.resolve(-1));
  }
}
