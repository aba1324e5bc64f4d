package dmf.ratings;

import dmf.base.ProgressListener;
import java.util.ArrayList;
import java.util.List;

/**
 * Every method on the same splits: each fits the training part (tuning or stopping on the
 * validation part), predicts the test part, and is scored by {@link Accuracy} and {@link Ranking}.
 *
 * @param k the ranking cut-off (precision@k, NDCG@k)
 * @param threshold held-out ratings ≥ this are relevant for ranking
 * @param rankingUsers rank for at most this many users per split (a seeded sample beyond)
 * @param seed seed of the ranking sample
 * @param coldStart the cold-start rule
 * @param range the clipping range, or null to use each training part's smallest and largest rating
 */
public record Evaluation(
    int k, double threshold, int rankingUsers, long seed, ColdStart coldStart, RatingRange range) {

  /**
   * @param splits the splits (each with a test part)
   * @param methods the estimators
   * @param listener progress: done/total count fits
   * @return the leaderboard
   */
  public Leaderboard run(
      List<Split> splits, List<RatingEstimator> methods, ProgressListener listener) {
    long t0 = System.nanoTime();
    List<FoldResult> out = new ArrayList<>();
    int total = splits.size() * methods.size();
    int done = 0;
    for (Split s : splits) {
      RatedItems seen = RatedItems.of(s.train().rows(), s.train(), s.validation());
      RatingRange r = range != null ? range : RatingRange.of(s.train());
      FitInput in = s.fitInput(r, coldStart, seen);
      for (RatingEstimator e : methods) {
        int d = done;
        String prefix = s.name() + " · " + e.name();
        ProgressListener inner =
            (stage, x, y, sec) -> listener.onProgress(prefix + " · " + stage, d, total, secs(t0));
        listener.onProgress(prefix, done, total, secs(t0));
        out.add(one(s, e, in, seen, inner));
        done++;
        listener.onProgress(prefix + " done", done, total, secs(t0));
      }
    }
    return new Leaderboard(out);
  }

  private FoldResult one(
      Split s, RatingEstimator e, FitInput in, RatedItems seen, ProgressListener inner) {
    long a = System.nanoTime();
    RatingModel model = e.fit(in, inner);
    double fit = secs(a);
    long b = System.nanoTime();
    Accuracy acc = Accuracy.of(model, s.test());
    double predict = secs(b);
    Ranking rank = Ranking.of(model, seen, s.test(), k, threshold, rankingUsers, seed);
    FitSummary fs = model.summary();
    return new FoldResult(
        e.name(), s.name(), acc, rank, fit, predict, fs.stopReason(), fs.chosen());
  }

  private static double secs(long t0) {
    return (System.nanoTime() - t0) * 1e-9;
  }
}
