package dmf.experiment;

import dmf.base.RandomStreams;
import dmf.base.UserInputException;
import dmf.io.Ratings;
import dmf.io.RatingsTable;
import java.nio.file.Path;
import dmf.linalg.Mat;
import dmf.problem.Generators;
import dmf.problem.Problem;
import java.util.List;
import java.util.Map;

/**
 * Synthetic problems from flat settings: kind (completion|sensing), rows, cols, rank, observations
 * or measurements, symmetric, symmetric_measurements and problem_seed.
 */
public final class ProblemFactory {
  /** The settings that define a problem instance. */
  public static final List<String> KEYS = List.of("kind", "rows", "cols", "rank", "observations",
      "measurements", "symmetric", "symmetric_measurements", "problem_seed", "data", "skip_bad_lines");

  private ProblemFactory() {}

  /**
   * @param s settings
   * @return the seeded instance (the same settings always give the same bits)
   */
  public static Problem create(Map<String, Object> s) {
    String kind = Settings.text(s, "kind", "completion");
    if (kind.equals("ratings")) {
      return ratings(s);
    }
    int rows = (int) Settings.integer(s, "rows", 100);
    int cols = (int) Settings.integer(s, "cols", 100);
    int rank = (int) Settings.integer(s, "rank", 5);
    boolean symmetric = Settings.bool(s, "symmetric", false);
    long seed = Settings.integer(s, "problem_seed", 0);
    Mat truth = Generators.lowRankTruth(rows, cols, rank, symmetric,
        RandomStreams.childSeed(seed, "truth"));
    switch (kind) {
      case "completion":
        return Generators.completion(truth, (int) Settings.integer(s, "observations", 2000),
            RandomStreams.childSeed(seed, "observations"));
      case "sensing":
        return Generators.sensing(truth, (int) Settings.integer(s, "measurements", 2000),
            Settings.bool(s, "symmetric_measurements", false),
            RandomStreams.childSeed(seed, "measurements"));
      default:
        throw new UserInputException("unknown problem kind '" + kind
            + "' (expected completion, sensing or ratings)");
    }
  }

  private static final java.util.Map<String, RatingsTable> CACHE =
      java.util.Collections.synchronizedMap(new java.util.HashMap<>());

  /** A rating file (MovieLens u.data or CSV), optionally sampled to {@code observations}. */
  static Problem ratings(Map<String, Object> s) {
    String data = Settings.text(s, "data", "");
    if (data.isEmpty()) {
      throw new UserInputException("kind = ratings needs data = PATH (u.data or ratings CSV)");
    }
    Path file = Path.of(data);
    boolean skip = Settings.bool(s, "skip_bad_lines", false);
    RatingsTable all = CACHE.computeIfAbsent(data + "|" + skip,
        d -> Ratings.read(file, Ratings.guess(file), skip));
    long k = Settings.integer(s, "observations", 0);
    RatingsTable t = k <= 0 || k == all.size() ? all
        : all.sample((int) k, RandomStreams.of(Settings.integer(s, "problem_seed", 0), "ratings"));
    return t.toCompletionProblem();
  }
}
