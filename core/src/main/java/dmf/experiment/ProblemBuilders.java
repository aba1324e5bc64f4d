package dmf.experiment;

import dmf.base.RandomStreams;
import dmf.base.UserInputException;
import dmf.io.data.Instances;
import dmf.io.data.Ratings;
import dmf.io.data.RatingsTable;
import dmf.linalg.Mat;
import dmf.problem.CompletionProblem;
import dmf.problem.Generators;
import dmf.problem.Problem;
import dmf.problem.PsdGenerators;
import dmf.settings.Settings;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/**
 * The builders of {@link ProblemKind#create}: seeded synthetic problems (each draw from its named
 * stream of the problem seed), rating files (read once per file) and instance folders.
 */
final class ProblemBuilders {
  private static final Map<String, RatingsTable> RATINGS_CACHE =
      Collections.synchronizedMap(new HashMap<>());

  private ProblemBuilders() {}

  /**
   * @param kind the kind
   * @param s checked settings of the kind's table
   * @return the problem
   */
  static Problem create(ProblemKind kind, Settings s) {
    switch (kind) {
      case COMPLETION:
        if ((long) s.get(ProblemTables.ROWS) * s.get(ProblemTables.COLS)
            > Generators.DENSE_TRUTH_LIMIT) {
          return Generators.lowRankCompletion(
              s.get(ProblemTables.ROWS),
              s.get(ProblemTables.COLS),
              s.get(ProblemTables.RANK),
              s.get(ProblemTables.SYMMETRIC),
              s.get(ProblemTables.OBSERVATIONS),
              seed(s, "truth"),
              seed(s, "observations"));
        }
        return Generators.completion(
            truth(s), s.get(ProblemTables.OBSERVATIONS), seed(s, "observations"));
      case SENSING:
        return Generators.sensing(
            truth(s),
            s.get(ProblemTables.MEASUREMENTS),
            s.get(ProblemTables.SYMMETRIC_MEASUREMENTS),
            seed(s, "measurements"));
      case PSD_SENSING:
        return psdSensing(s);
      case RATINGS:
        return ratings(s);
      default:
        return instance(s);
    }
  }

  /** An instance folder whose ground truth, when present, is finite. */
  private static Problem instance(Path dir) {
    Problem p = Instances.read(dir);
    p.groundTruth()
        .ifPresent(
            t -> {
              for (int i = 0; i < t.rows(); i++) {
                for (int j = 0; j < t.cols(); j++) {
                  if (!Double.isFinite(t.get(i, j))) {
                    throw new UserInputException(
                        dir.resolve("w_star.npy")
                            + ": entry ("
                            + i
                            + ", "
                            + j
                            + ") is "
                            + t.get(i, j)
                            + "; the ground truth must be finite");
                  }
                }
              }
            });
    return p;
  }

  private static long seed(Settings s, String stream) {
    return RandomStreams.childSeed(s.get(ProblemTables.PROBLEM_SEED), stream);
  }

  /**
   * @param s checked settings of completion or sensing
   * @return the planted W* they describe
   */
  static Mat truth(Settings s) {
    return Generators.lowRankTruth(
        s.get(ProblemTables.ROWS),
        s.get(ProblemTables.COLS),
        s.get(ProblemTables.RANK),
        s.get(ProblemTables.SYMMETRIC),
        seed(s, "truth"));
  }

  private static Problem psdSensing(Settings s) {
    int n = s.get(ProblemTables.PSD_ROWS);
    int rank = s.get(ProblemTables.PSD_RANK);
    long truthSeed = seed(s, "truth");
    Mat x =
        s.get(ProblemTables.TRUTH) == ProblemTables.Truth.PLANTED
            ? PsdGenerators.plantedLowRank(n, rank, truthSeed)
            : PsdGenerators.decayingSpectrum(n, PsdGenerators.DECAY_EXPONENT, rank, truthSeed);
    return PsdGenerators.symmetricGaussianSensing(
        x, s.get(ProblemTables.PSD_MEASUREMENTS), seed(s, "measurements"));
  }

  /** The whole rating file, read once per file and setting (a bad file fails when checked). */
  static RatingsTable ratingsTable(Settings s) {
    String data = s.get(ProblemTables.DATA);
    Path file = Path.of(data);
    boolean skip = s.get(ProblemTables.SKIP_BAD_LINES);
    return RATINGS_CACHE.computeIfAbsent(
        data + "|" + skip, d -> Ratings.read(file, Ratings.guess(file), skip));
  }

  private static Problem ratings(Settings s) {
    RatingsTable all = ratingsTable(s);
    int k = s.get(ProblemTables.RATINGS_OBSERVATIONS);
    RatingsTable t =
        k == 0 || k == all.size()
            ? all
            : all.sample(k, RandomStreams.of(s.get(ProblemTables.PROBLEM_SEED), "ratings"));
    return t.toCompletionProblem();
  }

  private static Problem instance(Settings s) {
    Problem p = instance(Path.of(s.get(ProblemTables.INSTANCE)));
    double holdout = s.get(ProblemTables.HOLDOUT);
    if (holdout == 0) {
      return p;
    }
    if (!(p instanceof CompletionProblem c)) {
      throw new UserInputException("holdout applies to completion instances only");
    }
    return c.holdOut(holdout, s.get(ProblemTables.HOLDOUT_SEED));
  }
}
