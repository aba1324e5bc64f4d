package dmf.ratings;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dmf.base.UserInputException;
import dmf.io.data.IdIndex;
import dmf.io.data.RatingsTable;
import dmf.io.data.ReadCounts;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SplitsTest {
  static final RatingsTable T = Synthetic.ratings(40, 30, 600, 2, 0.1, 1);

  static Set<Long> pairs(RatingsTable t) {
    Set<Long> s = new HashSet<>();
    for (int k = 0; k < t.size(); k++) {
      s.add((long) t.users()[k] * 1000 + t.items()[k]);
    }
    return s;
  }

  static void partition(Split s, int total) {
    Set<Long> all = new HashSet<>(pairs(s.train()));
    all.addAll(pairs(s.validation()));
    all.addAll(pairs(s.test()));
    assertEquals(total, all.size(), "parts are disjoint and cover the data");
    assertEquals(total, s.train().size() + s.validation().size() + s.test().size());
  }

  @Test
  void holdoutIsSeededDisjointAndSized() {
    Split a = Splits.holdout(T, 0.2, 0.1, 7);
    Split b = Splits.holdout(T, 0.2, 0.1, 7);
    Split c = Splits.holdout(T, 0.2, 0.1, 8);
    partition(a, 600);
    assertEquals(120, a.test().size());
    assertEquals(48, a.validation().size());
    assertArrayEquals(a.test().users(), b.test().users());
    assertArrayEquals(a.validation().items(), b.validation().items());
    assertTrue(!pairs(a.test()).equals(pairs(c.test())), "another seed, another split");
  }

  @Test
  void kFoldTestsEachRatingOnce() {
    List<Split> folds = Splits.kFold(T, 5, 0.05, 0);
    Set<Long> tested = new HashSet<>();
    for (Split s : folds) {
      partition(s, 600);
      assertEquals(120, s.test().size());
      for (long p : pairs(s.test())) {
        assertTrue(tested.add(p), "tested twice");
      }
    }
    assertEquals(600, tested.size());
  }

  @Test
  void perUserAndTemporalHoldOutPerUser() {
    Split s = Splits.perUser(T, 2, 0, 3);
    Split t = Splits.temporal(T, 2, 0, 3);
    int[] count = new int[T.rows()];
    for (int u : T.users()) {
      count[u]++;
    }
    for (Split x : List.of(s, t)) {
      partition(x, 600);
      int[] held = new int[T.rows()];
      for (int u : x.test().users()) {
        held[u]++;
      }
      for (int u = 0; u < T.rows(); u++) {
        assertEquals(count[u] > 2 ? 2 : 0, held[u], "user " + u);
      }
    }
    for (int k = 0; k < t.test().size(); k++) {
      int u = t.test().users()[k];
      for (int j = 0; j < t.train().size(); j++) {
        if (t.train().users()[j] == u) {
          assertTrue(t.train().timestamps()[j] < t.test().timestamps()[k], "test is the latest");
        }
      }
    }
  }

  @Test
  void givenTestFileExtendsTheIdsWithColdOnes() {
    RatingsTable train =
        new RatingsTable(
            null,
            IdIndex.ofNumbers(new long[] {1, 2}),
            IdIndex.ofNumbers(new long[] {10, 20}),
            new int[] {0, 1, 1},
            new int[] {0, 0, 1},
            new float[] {1, 2, 3},
            null,
            ReadCounts.NONE);
    RatingsTable test =
        new RatingsTable(
            null,
            IdIndex.ofNumbers(new long[] {2, 9}),
            IdIndex.ofNumbers(new long[] {20, 30}),
            new int[] {0, 1},
            new int[] {0, 1},
            new float[] {4, 5},
            null,
            ReadCounts.NONE);
    Split s = Splits.given(train, test, 0, 0);
    assertEquals(3, s.train().rows());
    assertEquals(3, s.test().cols());
    assertEquals("9", s.test().userIds().id(s.test().users()[1]));
    assertEquals("20", s.test().itemIds().id(s.test().items()[0]));
    assertEquals(3, s.train().size());
  }

  @Test
  void badFractionsAndFoldCountsAreUserErrors() {
    for (double f : new double[] {0, 1, -0.1, 1.5, Double.NaN}) {
      UserInputException e =
          assertThrows(UserInputException.class, () -> Splits.holdout(T, f, 0.05, 0));
      assertTrue(
          e.getMessage().startsWith("test fraction must be between 0 and 1"), e.getMessage());
    }
    UserInputException e =
        assertThrows(UserInputException.class, () -> Splits.kFold(T, 601, 0.05, 0));
    assertEquals("folds (601) cannot exceed the number of ratings (600)", e.getMessage());
    assertThrows(UserInputException.class, () -> Splits.kFold(T, 1, 0.05, 0));
    assertThrows(UserInputException.class, () -> Splits.holdout(T, 0.2, 1, 0));
  }
}
