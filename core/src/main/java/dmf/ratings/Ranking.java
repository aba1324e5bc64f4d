package dmf.ratings;

import dmf.base.RandomStreams;
import dmf.io.data.RatingsTable;
import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * Top-k ranking quality on held-out ratings, as LensKit and LibRec measure it: for each user with
 * training ratings and at least one relevant held-out rating (rating ≥ the threshold), every item
 * with training ratings that the user has not rated in the fitted data is a candidate; the model's
 * k best-scored candidates (ties to the lower index) are compared with the relevant held-out items.
 * precision@k = hits/k; NDCG@k = DCG/IDCG with binary gains, DCG = Σ over hits at rank p of
 * 1/log₂(p + 1). Both are averaged over users.
 *
 * @param precision mean precision@k
 * @param ndcg mean NDCG@k
 * @param users users evaluated
 */
public record Ranking(double precision, double ndcg, int users) {

  /**
   * @param model the model
   * @param seen what each user rated in the fitted data (training and validation parts)
   * @param test the held-out ratings
   * @param k the cut-off
   * @param threshold ratings ≥ this are relevant
   * @param maxUsers evaluate at most this many users (a seeded sample when there are more)
   * @param seed the sample's seed
   * @return the mean metrics (NaN when no user qualifies)
   */
  public static Ranking of(
      RatingModel model,
      RatedItems seen,
      RatingsTable test,
      int k,
      double threshold,
      int maxUsers,
      long seed) {
    int m = test.rows();
    int n = test.cols();
    RatingsTable relevant = relevantPart(test, threshold);
    RatedItems rel = RatedItems.of(m, relevant);
    int[] eligible =
        IntStream.range(0, m).filter(u -> rel.count(u) > 0 && model.userCounts()[u] > 0).toArray();
    if (eligible.length > maxUsers) {
      Draws.partialShuffle(
          eligible, 0, eligible.length, maxUsers, RandomStreams.of(seed, "ranking-users"));
      eligible = Arrays.copyOf(eligible, maxUsers);
      Arrays.sort(eligible);
    }
    double[] scores = new double[n];
    int[] top = new int[k];
    double p = 0;
    double g = 0;
    for (int u : eligible) {
      model.scores(u, scores);
      for (int i : seen.of(u)) {
        scores[i] = Double.NEGATIVE_INFINITY;
      }
      int got = topK(scores, top);
      int hits = 0;
      double dcg = 0;
      for (int r = 0; r < got; r++) {
        if (rel.rated(u, top[r])) {
          hits++;
          dcg += 1 / log2(r + 2);
        }
      }
      double idcg = 0;
      for (int r = 0; r < Math.min(rel.count(u), k); r++) {
        idcg += 1 / log2(r + 2);
      }
      p += (double) hits / k;
      g += dcg / idcg;
    }
    int c = eligible.length;
    return new Ranking(c == 0 ? Double.NaN : p / c, c == 0 ? Double.NaN : g / c, c);
  }

  private static RatingsTable relevantPart(RatingsTable t, double threshold) {
    int c = 0;
    for (float r : t.ratings()) {
      c += r >= threshold ? 1 : 0;
    }
    int[] pos = new int[c];
    for (int p = 0, w = 0; p < t.size(); p++) {
      if (t.ratings()[p] >= threshold) {
        pos[w++] = p;
      }
    }
    return t.subset(pos);
  }

  /**
   * The indices of the largest finite scores, best first, ties to the lower index.
   *
   * @param scores one per item (−∞ = not a candidate)
   * @param top receives up to top.length indices
   * @return how many were found
   */
  public static int topK(double[] scores, int[] top) {
    int k = top.length;
    int got = 0;
    for (int i = 0; i < scores.length; i++) {
      double s = scores[i];
      if (s == Double.NEGATIVE_INFINITY || got == k && s <= scores[top[k - 1]]) {
        continue;
      }
      int pos = got < k ? got++ : k - 1;
      while (pos > 0 && scores[top[pos - 1]] < s) {
        top[pos] = top[pos - 1];
        pos--;
      }
      top[pos] = i;
    }
    return got;
  }

  private static double log2(double x) {
    return Math.log(x) / Math.log(2);
  }
}
