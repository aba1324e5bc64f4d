package dmf.ratings;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dmf.io.data.IdIndex;
import dmf.io.data.RatingsTable;
import dmf.io.data.ReadCounts;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RankingTest {
  @Test
  void topKMatchesAStableSort() {
    SplittableRandom rng = new SplittableRandom(3);
    for (int trial = 0; trial < 200; trial++) {
      double[] s = new double[1 + rng.nextInt(40)];
      for (int i = 0; i < s.length; i++) {
        s[i] = rng.nextInt(4) == 0 ? Double.NEGATIVE_INFINITY : rng.nextInt(6);
      }
      int k = 1 + rng.nextInt(8);
      Integer[] order =
          IntStream.range(0, s.length)
              .filter(i -> s[i] != Double.NEGATIVE_INFINITY)
              .boxed()
              .sorted((a, b) -> Double.compare(s[b], s[a]))
              .toArray(Integer[]::new);
      int[] want = Arrays.stream(order).limit(k).mapToInt(Integer::intValue).toArray();
      int[] top = new int[k];
      int got = Ranking.topK(s, top);
      assertArrayEquals(want, Arrays.copyOf(top, got));
    }
  }

  /** One user, items scored 5,4,3,2,1 by their item bias; relevant held-out items 1 and 3. */
  @Test
  void precisionAndNdcgByHand() {
    IdIndex users = IdIndex.ofNumbers(new long[] {1});
    IdIndex items = IdIndex.ofNumbers(new long[] {0, 1, 2, 3, 4, 5});
    double[] bi = {5, 4, 3, 2, 1, 9};
    Offsets o = new Offsets(0, new double[1], bi);
    RatedItems seen = new RatedItems(new long[] {0, 1}, new int[] {5});
    RatingModel m =
        new RatingModel(
            "t",
            users,
            items,
            o,
            List.of(),
            new RatingRange(0, 10),
            ColdStart.OFFSET,
            new int[] {1},
            new int[] {1, 1, 1, 1, 1, 1},
            seen,
            null);
    RatingsTable test =
        new RatingsTable(
            null,
            users,
            items,
            new int[] {0, 0, 0},
            new int[] {1, 3, 4},
            new float[] {5, 4, 2},
            null,
            ReadCounts.NONE);
    Ranking r = Ranking.of(m, seen, test, 2, 4, 10, 0);
    // top 2 = items 0, 1 (item 5 was seen): one hit at rank 2.
    assertEquals(0.5, r.precision(), 1e-12);
    double dcg = 1 / (Math.log(3) / Math.log(2));
    double idcg = 1 + 1 / (Math.log(3) / Math.log(2));
    assertEquals(dcg / idcg, r.ndcg(), 1e-12);
    assertEquals(1, r.users());
  }
}
