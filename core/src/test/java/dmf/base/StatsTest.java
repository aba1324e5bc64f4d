package dmf.base;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class StatsTest {
  @Test
  void medianOfOddEvenSingleAndEmptySamples() {
    assertEquals(2, Stats.median(new double[] {3, 1, 2}));
    assertEquals(2.5, Stats.median(new double[] {4, 1, 3, 2}));
    assertEquals(-7, Stats.median(new double[] {-7}));
    assertTrue(Double.isNaN(Stats.median(new double[0])));
    assertTrue(Double.isNaN(Stats.median(List.of())));
    assertEquals(2.5, Stats.median(List.of(4.0, 1.0, 3.0, 2.0)));
    assertEquals(1, Stats.median(new double[] {1, 1, 1, 5, -9}));
  }

  @Test
  void medianLeavesItsInput() {
    double[] v = {5, 3, 9, 1};
    Stats.median(v);
    assertArrayEquals(new double[] {5, 3, 9, 1}, v);
  }

  @Test
  void meanAndSampleStandardDeviation() {
    double[] ms = Stats.meanStd(List.of(1.0, 2.0, 3.0, 4.0));
    assertEquals(2.5, ms[0]);
    assertEquals(Math.sqrt(5.0 / 3), ms[1], 1e-15); // Σ(x − 2.5)² = 5, over n − 1 = 3
    assertArrayEquals(new double[] {7, 0}, Stats.meanStd(List.of(7.0)));
    assertArrayEquals(new double[] {-1, 0}, Stats.meanStd(List.of(-1.0, -1.0, -1.0)));
  }
}
