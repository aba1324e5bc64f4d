package dmf.ratings;

import dmf.base.ProgressListener;
import dmf.base.UserInputException;
import dmf.settings.Setting;
import dmf.settings.Settings;
import dmf.settings.SettingsTable;
import java.nio.file.Path;
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

  /** k of k-fold. */
  public static final Setting<Integer> FOLDS = Setting.ofInt("folds", 5, "k of k-fold");

  /** The methods, comma-separated. */
  public static final Setting<String> METHODS =
      Setting.ofText(
          "methods",
          "mean,biases,als,softimpute,dmf2,dmf3",
          "comma-separated: mean, biases, als, softimpute, dmf (dmfN = depth N)");

  /** The ranking cut-off. */
  public static final Setting<Integer> TOP_K =
      Setting.ofInt("top_k", 10, "ranking cut-off k").min(1);

  /** The relevance threshold. */
  public static final Setting<Double> RELEVANT =
      Setting.ofDouble("relevant", 4, "held-out ratings ≥ this are relevant for ranking");

  /** Users ranked per split. */
  public static final Setting<Integer> RANKING_USERS =
      Setting.ofInt("ranking_users", 1000, "rank for at most this many users per split").min(1);

  /** Splits evaluated in parallel. */
  public static final Setting<Integer> WORKERS =
      Setting.ofInt(
              "workers",
              0,
              "splits evaluated in parallel, one thread each (0 = the number of cores); results do"
                  + " not depend on it")
          .min(0);

  /** The settings of an evaluation: the one place of their defaults and bounds. */
  public static final SettingsTable TABLE =
      SettingsTable.of("evaluate", FOLDS, METHODS, TOP_K, RELEVANT, RANKING_USERS, WORKERS);

  /**
   * @param s settings of {@link #TABLE}
   * @param seed seed of the ranking sample
   * @param coldStart the cold-start rule
   * @return the evaluation they describe, clipping to each training part's range
   */
  public static Evaluation of(Settings s, long seed, ColdStart coldStart) {
    int w = s.get(WORKERS);
    return new Evaluation(
        s.get(TOP_K),
        s.get(RELEVANT),
        s.get(RANKING_USERS),
        seed,
        coldStart,
        null,
        w > 0 ? w : Runtime.getRuntime().availableProcessors());
  }

  /**
   * @param data the ratings file
   * @return the folder an evaluation of it writes when none is given: evaluate-FILENAME
   */
  public static Path folderFor(Path data) {
    return Path.of("evaluate-" + data.getFileName());
  }

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
