package dmf.problem;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dmf.base.UserInputException;
import dmf.linalg.Mat;
import dmf.testing.Mats;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Ω at scale: float32 storage, repeats collapsed to their first occurrence (or refused when their
 * values differ) by the row counting sort, held-out splits, the low-rank synthetic completion.
 */
class ObservationsTest {
  @Test
  void repeatsCollapseToTheFirstOccurrenceInTheGivenOrder() {
    int[] r = {2, 0, 2, 1, 2, 0};
    int[] c = {1, 3, 1, 0, 1, 2};
    double[] v = {5, 6, 5, 7, 5, 8};
    CompletionProblem p = new CompletionProblem(3, 4, r, c, v, null);
    assertArrayEquals(new int[] {2, 0, 1, 0}, p.rowIdx());
    assertArrayEquals(new int[] {1, 3, 0, 2}, p.colIdx());
    assertArrayEquals(new double[] {5, 6, 7, 8}, p.values());
    assertArrayEquals(new int[] {2, 0, 2, 1, 2, 0}, r, "input not modified");
  }

  @Test
  void repeatsAreFoundTheSameWayInAHugeSparseMatrix() {
    // rows·cols/8 bytes is far more than 8 bytes an entry: the row counting sort finds repeats.
    int big = 1 << 20;
    int[] r = {2, 0, 2, 1, 2, 0};
    int[] c = {1, 3, 1, 0, 1, 2};
    CompletionProblem p =
        new CompletionProblem(big, big, r, c, new double[] {5, 6, 5, 7, 5, 8}, null);
    assertArrayEquals(new int[] {2, 0, 1, 0}, p.rowIdx());
    assertArrayEquals(new double[] {5, 6, 7, 8}, p.values());
    UserInputException ex =
        assertThrows(
            UserInputException.class,
            () -> new CompletionProblem(big, big, r, c, new double[] {5, 6, 5, 7, 4, 8}, null));
    assertTrue(ex.getMessage().contains("entry (2, 1) is observed twice"), ex.getMessage());
  }

  @Test
  void repeatsWithDifferentValuesAreRefusedNamingBoth() {
    UserInputException ex =
        assertThrows(
            UserInputException.class,
            () ->
                new CompletionProblem(
                    3, 3, new int[] {0, 1, 1}, new int[] {0, 2, 2}, new double[] {1, 2, 3}, null));
    assertTrue(ex.getMessage().contains("entry (1, 2) is observed twice"), ex.getMessage());
    assertTrue(
        ex.getMessage().contains("observation 1") && ex.getMessage().contains("observation 2"));
  }

  @Test
  void float32EntriesStayFloat32() {
    Observations o =
        Observations.wrap(new int[] {0, 1}, new int[] {1, 0}, new float[] {0.1f, 3.25f});
    CompletionProblem p = CompletionProblem.of(2, 2, o, null, null);
    assertTrue(p.observations().isFloat32());
    assertEquals((double) 0.1f, p.values()[0]);
    assertEquals(12L * 2, o.bytes());
    assertThrows(
        UserInputException.class,
        () ->
            CompletionProblem.of(
                2,
                2,
                Observations.wrap(new int[] {0}, new int[] {2}, new float[] {1}),
                null,
                null));
  }

  @Test
  void holdOutSplitsBySeedAndKeepsEveryEntryOnce() {
    CompletionProblem p =
        Generators.completion(Generators.lowRankTruth(40, 30, 2, false, 1), 600, 1);
    CompletionProblem a = p.holdOut(0.1, 7);
    CompletionProblem b = p.holdOut(0.1, 7);
    CompletionProblem c = p.holdOut(0.1, 8);
    Observations held = a.heldOut().orElseThrow();
    assertArrayEquals(a.rowIdx(), b.rowIdx(), "same seed, same split");
    assertFalse(Arrays.equals(a.rowIdx(), c.rowIdx()), "another seed, another split");
    assertEquals(600, a.observationCount() + held.size());
    assertTrue(held.size() > 30 && held.size() < 95, held.size() + " held out of 600");
    Set<Long> all = new HashSet<>();
    for (int k = 0; k < a.observationCount(); k++) {
      all.add((long) a.rowIdx()[k] * 30 + a.colIdx()[k]);
    }
    for (int k = 0; k < held.size(); k++) {
      assertTrue(all.add((long) held.row(k) * 30 + held.col(k)), "held-out entry also trained on");
      assertEquals(p.truth().get(held.row(k), held.col(k)), held.value(k));
    }
    assertEquals(600, all.size());
    assertTrue(p.holdOut(0, 1).heldOut().isEmpty());
    assertThrows(UserInputException.class, () -> p.holdOut(1, 1));
  }

  @Test
  void lowRankCompletionMatchesTheDenseTruth() {
    Mat dense = Generators.lowRankTruth(50, 40, 3, false, 9);
    CompletionProblem p = Generators.lowRankCompletion(50, 40, 3, false, 500, 9, 10);
    assertTrue(p.groundTruth().isEmpty());
    assertEquals(500, p.observationCount());
    var t = p.truthFactors().orElseThrow();
    assertTrue(Mats.maxAbs(t.toDense().minus(dense)) < 1e-12, "same W* as the dense generator");
    for (int k = 0; k < 500; k++) {
      assertEquals(dense.get(p.rowIdx()[k], p.colIdx()[k]), p.values()[k], 1e-12);
    }
    CompletionProblem q = Generators.lowRankCompletion(50, 40, 3, false, 500, 9, 10);
    assertArrayEquals(p.rowIdx(), q.rowIdx(), "same seed, same positions");
  }
}
