package dmf.ratings;

import dmf.base.ProgressListener;
import dmf.base.UserInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;

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
 * @param workers splits evaluated in parallel (each split's methods run one after another on one
 *     thread, so results do not depend on this number; fit seconds then include the contention)
 */
public record Evaluation(
    int k,
    double threshold,
    int rankingUsers,
    long seed,
    ColdStart coldStart,
    RatingRange range,
    int workers) {

  /** Checks the counts. */
  public Evaluation {
    if (k < 1 || rankingUsers < 1 || workers < 1) {
      throw new UserInputException("k, ranking users and workers must be at least 1");
    }
  }

  /**
   * @param splits the splits (each with a test part)
   * @param methods the estimators
   * @param listener progress: done/total count fits
   * @return the leaderboard
   */
  public Leaderboard run(
      List<Split> splits, List<RatingEstimator> methods, ProgressListener listener) {
    long t0 = System.nanoTime();
    int total = splits.size() * methods.size();
    AtomicInteger done = new AtomicInteger();
    ProgressListener shared =
        (stage, x, y, sec) -> {
          synchronized (listener) {
            listener.onProgress(stage, done.get(), total, secs(t0));
          }
        };
    List<Callable<List<FoldResult>>> tasks = new ArrayList<>();
    for (Split s : splits) {
      tasks.add(
          () -> {
            RatedItems seen = RatedItems.of(s.train().rows(), s.train(), s.validation());
            RatingRange r = range != null ? range : RatingRange.of(s.train());
            FitInput in = s.fitInput(r, coldStart, seen);
            List<FoldResult> mine = new ArrayList<>();
            for (RatingEstimator e : methods) {
              String prefix = s.name() + " · " + e.name();
              ProgressListener inner =
                  (stage, x, y, sec) -> shared.onProgress(prefix + " · " + stage, 0, 0, 0);
              shared.onProgress(prefix, 0, 0, 0);
              mine.add(one(s, e, in, seen, inner));
              done.incrementAndGet();
              shared.onProgress(prefix + " done", 0, 0, 0);
            }
            return mine;
          });
    }
    List<FoldResult> out = new ArrayList<>();
    for (List<FoldResult> r : Parallel.run(tasks, workers)) {
      out.addAll(r);
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
