package dmf.experiment;

import dmf.base.RandomStreams;
import dmf.base.UserInputException;
import dmf.io.data.Ratings;
import dmf.io.data.RatingsTable;
import dmf.linalg.Mat;
import dmf.problem.Generators;
import dmf.problem.Problem;
import dmf.problem.PsdGenerators;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Problems from flat settings: kind (completion|sensing), rows, cols, rank, observations or
 * measurements, symmetric, symmetric_measurements and problem_seed; kind psd_sensing (Gunasekar et
 * al. 2017: PSD truth of Frobenius norm 1 from {@code truth = planted|decaying}, symmetric Gaussian
 * measurements); kind ratings (a rating file).
 */
public final class ProblemFactory {
  /** The settings that define a problem instance. */
  public static final List<String> KEYS =
      List.of(
          "kind",
          "rows",
          "cols",
          "rank",
          "observations",
          "measurements",
          "symmetric",
          "symmetric_measurements",
          "problem_seed",
          "data",
          "skip_bad_lines",
          "truth");

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
    if (kind.equals("psd_sensing")) {
      return psdSensing(s);
    }
    int rows = (int) Settings.integer(s, "rows", 100);
    int cols = (int) Settings.integer(s, "cols", 100);
    int rank = (int) Settings.integer(s, "rank", 5);
    boolean symmetric = Settings.bool(s, "symmetric", false);
    long seed = Settings.integer(s, "problem_seed", 0);
    Mat truth =
        Generators.lowRankTruth(
            rows, cols, rank, symmetric, RandomStreams.childSeed(seed, "truth"));
    switch (kind) {
      case "completion":
        return Generators.completion(
            truth,
            (int) Settings.integer(s, "observations", 2000),
            RandomStreams.childSeed(seed, "observations"));
      case "sensing":
        return Generators.sensing(
            truth,
            (int) Settings.integer(s, "measurements", 2000),
            Settings.bool(s, "symmetric_measurements", false),
            RandomStreams.childSeed(seed, "measurements"));
      default:
        throw new UserInputException(
            "unknown problem kind '"
                + kind
                + "' (expected completion, sensing, psd_sensing or ratings)");
    }
  }

  /**
   * Gunasekar et al. (2017): an n×n PSD X* with ‖X*‖_F = 1, either planted of rank {@code rank}
   * ({@code truth = "planted"}) or with eigenvalues decaying as 1/k^1.5 and ‖X*‖_* = √rank·‖X*‖_F
   * ({@code truth = "decaying"}), measured by symmetric Gaussian A_i = (G + Gᵀ)/2.
   */
  static Problem psdSensing(Map<String, Object> settings) {
    Map<String, Object> s = resolvePsdSensing(settings);
    int n = (int) Settings.integer(s, "rows");
    int rank = (int) Settings.integer(s, "rank");
    long seed = Settings.integer(s, "problem_seed");
    long truthSeed = RandomStreams.childSeed(seed, "truth");
    Mat x =
        Settings.text(s, "truth").equals("planted")
            ? PsdGenerators.plantedLowRank(n, rank, truthSeed)
            : PsdGenerators.decayingSpectrum(n, PsdGenerators.ISSUE7_EXPONENT, rank, truthSeed);
    return PsdGenerators.symmetricGaussianSensing(
        x,
        (int) Settings.integer(s, "measurements"),
        RandomStreams.childSeed(seed, "measurements"));
  }

  /**
   * The problem settings of a psd_sensing run with defaults filled in (rows 50, rank 2, truth
   * planted, measurements 3·rows·rank, problem_seed 0), validated.
   *
   * @param s the run's settings
   * @return truth, rows, rank, measurements and problem_seed
   */
  static Map<String, Object> resolvePsdSensing(Map<String, Object> s) {
    long n = Settings.integer(s, "rows", 50);
    long rank = Settings.integer(s, "rank", 2);
    String truth = Settings.text(s, "truth", "planted");
    if (!truth.equals("planted") && !truth.equals("decaying")) {
      throw new UserInputException(
          "truth '" + truth + "' is not a PSD ground truth (expected " + "planted or decaying)");
    }
    if (n < 2 || rank < 1 || rank > n) {
      throw new UserInputException(
          "psd_sensing needs rows ≥ 2 and 1 ≤ rank ≤ rows, got rows " + n + ", rank " + rank);
    }
    Map<String, Object> out = new java.util.LinkedHashMap<>();
    out.put("truth", truth);
    out.put("rows", n);
    out.put("rank", rank);
    out.put("measurements", Settings.integer(s, "measurements", 3 * n * rank));
    out.put("problem_seed", Settings.integer(s, "problem_seed", 0));
    return out;
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
    RatingsTable all =
        CACHE.computeIfAbsent(
            data + "|" + skip, d -> Ratings.read(file, Ratings.guess(file), skip));
    long k = Settings.integer(s, "observations", 0);
    RatingsTable t =
        k <= 0 || k == all.size()
            ? all
            : all.sample(
                (int) k, RandomStreams.of(Settings.integer(s, "problem_seed", 0), "ratings"));
    return t.toCompletionProblem();
  }
}
