package dmf.problem;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dmf.base.UserInputException;
import dmf.linalg.LowRank;
import dmf.settings.Settings;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The ratings-shaped generator: same settings, same bits; values are W* plus noise of the stated
 * size; activity is skewed (the busiest users rate far more than the median one).
 */
class RatingsGeneratorTest {
  private static Settings settings(long seed) {
    return RatingsGenerator.TABLE.resolve(
        Map.of(
            "users", 400, "items", 300, "ratings", 12000, "rank", 4, "noise", 0.5, "seed", seed));
  }

  @Test
  void isSeededSkewedAndNoisyAsStated() {
    CompletionProblem a = RatingsGenerator.generate(settings(3));
    CompletionProblem b = RatingsGenerator.generate(settings(3));
    assertArrayEquals(a.rowIdx(), b.rowIdx());
    assertArrayEquals(a.values(), b.values());
    assertTrue(a.observations().isFloat32());
    assertEquals(12000, a.observationCount(), "distinct positions (no repeat collapsed)");
    LowRank t = a.truthFactors().orElseThrow();
    double s = 0;
    double mean = 0;
    for (int k = 0; k < 12000; k++) {
      double e = a.values()[k] - t.get(a.rowIdx()[k], a.colIdx()[k]);
      s += e * e;
      mean += a.values()[k] / 12000;
    }
    assertEquals(0.5, Math.sqrt(s / 12000), 0.02, "noise level");
    assertEquals(3.5, mean, 0.1, "centred on 3.5");
    int[] perUser = new int[400];
    for (int r : a.rowIdx()) {
      perUser[r]++;
    }
    int[] sorted = perUser.clone();
    Arrays.sort(sorted);
    assertTrue(
        sorted[399] > 5 * sorted[200], "power-law activity: " + sorted[399] + " vs " + sorted[200]);
    assertThrows(
        UserInputException.class,
        () ->
            RatingsGenerator.generate(
                RatingsGenerator.TABLE.resolve(Map.of("users", 10, "items", 10, "ratings", 60))));
  }
}
