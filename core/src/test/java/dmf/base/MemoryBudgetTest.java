package dmf.base;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MemoryBudgetTest {
  @Test
  void sizesSaturateInsteadOfOverflowing() {
    assertEquals(Long.MAX_VALUE, MemoryBudget.bytes(100_000L * 100_000L, 1L << 40));
    assertEquals(Long.MAX_VALUE, MemoryBudget.plus(Long.MAX_VALUE, 1));
    assertEquals(80_000, MemoryBudget.bytes(10_000, 8));
  }

  @Test
  void refusesWhatTheHeapCannotHoldNamingTheNeedAndTheFlag() {
    assertDoesNotThrow(() -> MemoryBudget.require(1 << 20, "a small thing"));
    UserInputException e =
        assertThrows(
            UserInputException.class,
            () -> MemoryBudget.require(MemoryBudget.bytes(100_000L * 100_000L, 8), "W of 1e5x1e5"));
    assertTrue(
        e.getMessage().startsWith("W of 1e5x1e5 needs about 74.5 GiB of memory"), e.getMessage());
    assertTrue(e.getMessage().contains("DMF_JAVA_OPTS=-Xmx"), e.getMessage());
    assertEquals("1.5 KiB", MemoryBudget.human(1536));
  }
}
