package dmf.theory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dmf.base.UserInputException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** The settings tables of the theory checks: their defaults, bounds and one-line errors. */
class TheorySettingsTest {
  @Test
  void theorem3DefaultsAreTheProtocolsAndBadValuesNameTheSetting() {
    assertEquals(
        new Theorem3Report(List.of(2, 3), 1e-2, 0.05, 20_000, 200),
        Theorem3Report.of(Theorem3Report.TABLE.defaults()));
    assertEquals(
        List.of(4),
        Theorem3Report.of(Theorem3Report.TABLE.resolve(Map.of("depths", "4"))).depths());
    assertMessage(
        "steps must be ≥ 1, got 0", () -> Theorem3Report.TABLE.resolve(Map.of("steps", 0)));
    assertMessage(
        "init_scale must be > 0, got 0",
        () -> Theorem3Report.TABLE.resolve(Map.of("init_scale", "0")));
    assertMessage(
        "depths must be a non-empty list of depths, each 1 to 10, got 2,11",
        () -> Theorem3Report.TABLE.resolve(Map.of("depths", "2,11")));
    assertMessage(
        "every must be ≤ steps, got 300 > 200",
        () -> Theorem3Report.of(Theorem3Report.TABLE.resolve(Map.of("steps", 200, "every", 300))));
    assertThrows(UserInputException.class, () -> new Theorem3Report(List.of(), 1e-2, 0.05, 10, 1));
  }

  @Test
  void eq11AndCommutingTakeTheirSettingsFromTheirTables() {
    assertEquals(new Eq11Report(2e-4), Eq11Report.of(Eq11Report.TABLE.defaults()));
    assertMessage("lr must be > 0, ≤ 0.5, got 1", () -> Eq11Report.TABLE.resolve(Map.of("lr", 1)));
    assertMessage("lr must be > 0, ≤ 0.5, got 0.6", () -> new Eq11Report(0.6));
    assertEquals(
        new SymmetricCommutingReport(0),
        SymmetricCommutingReport.of(SymmetricCommutingReport.TABLE.defaults()));
    assertEquals(
        7L,
        SymmetricCommutingReport.of(SymmetricCommutingReport.TABLE.resolve(Map.of("seed", "7")))
            .seed());
  }

  private static void assertMessage(String expected, Executable e) {
    assertEquals(expected, assertThrows(UserInputException.class, e).getMessage());
  }
}
