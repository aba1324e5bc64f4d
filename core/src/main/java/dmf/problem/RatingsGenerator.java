package dmf.problem;

import dmf.base.RandomStreams;
import dmf.base.UserInputException;
import dmf.linalg.LowRank;
import dmf.linalg.Mat;
import dmf.settings.Setting;
import dmf.settings.Settings;
import dmf.settings.SettingsTable;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * A ratings-shaped synthetic completion instance for scale work, the model of
 * ../shared/peers/gen_ratings.py: users and items with power-law activity (weights ∝ 1/k^0.6 and
 * 1/k^0.9 over a shuffled order, so a few are very active and most are not, as in MovieLens),
 * distinct positions drawn by activity, and values 3.5 + (U·Vᵀ)_ij/√r + noise·N(0, 1) with i.i.d.
 * N(0, 1) factors U (users×r) and V (items×r), held in float32.
 *
 * <p>The noise-free matrix W* = 3.5·11ᵀ + U·Vᵀ/√r is kept as rank-(r+1) factors, so test errors
 * against it cost O((users + items)·r²). The same settings give the same bits (seeded streams); the
 * draws differ from the Python script's.
 */
public final class RatingsGenerator {
  /** Users (rows). */
  public static final Setting<Integer> USERS =
      Setting.ofInt("users", 162_000, "users (rows)").min(1);

  /** Items (columns). */
  public static final Setting<Integer> ITEMS =
      Setting.ofInt("items", 62_000, "items (columns)").min(1);

  /** Ratings. */
  public static final Setting<Integer> RATINGS =
      Setting.ofInt("ratings", 1_000_000, "distinct (user, item) ratings to draw").min(1);

  /** Rank. */
  public static final Setting<Integer> RANK =
      Setting.ofInt("rank", 10, "rank r of the planted matrix").min(1);

  /** Noise. */
  public static final Setting<Double> NOISE =
      Setting.ofDouble("noise", 0.5, "standard deviation of the Gaussian noise").min(0);

  /** Seed. */
  public static final Setting<Long> SEED =
      Setting.ofLong("seed", 0, "seed of the activity, positions, factors and noise");

  /** The generator's settings. */
  public static final SettingsTable TABLE =
      SettingsTable.of("ratings_generator", USERS, ITEMS, RATINGS, RANK, NOISE, SEED);

  /** The mean rating the planted matrix is centred on. */
  public static final double MEAN = 3.5;

  private RatingsGenerator() {}

  /**
   * @param s settings of {@link #TABLE}
   * @return the instance: float32 ratings and the noise-free W* as low-rank factors
   */
  public static CompletionProblem generate(Settings s) {
    int m = s.get(USERS);
    int n = s.get(ITEMS);
    int count = s.get(RATINGS);
    int r = s.get(RANK);
    long seed = s.get(SEED);
    if (count > (long) m * n / 2) {
      throw new UserInputException(
          "ratings = " + count + " is more than half of the " + (long) m * n + " positions");
    }
    long[] keys = positions(m, n, count, seed);
    SplittableRandom f = RandomStreams.of(seed, "factors");
    Mat u = Generators.gaussian(m, r, 1.0, f);
    Mat v = Generators.gaussian(n, r, 1.0, f);
    double scale = 1.0 / Math.sqrt(r);
    double noise = s.get(NOISE);
    SplittableRandom e = RandomStreams.of(seed, "noise");
    Observations.Builder b = Observations.builder(count, true);
    for (int k = 0; k < count; k++) {
      int i = (int) (keys[k] / n);
      int j = (int) (keys[k] % n);
      double x = 0;
      for (int t = 0; t < r; t++) {
        x += u.get(i, t) * v.get(j, t);
      }
      b.set(k, i, j, MEAN + scale * x + noise * e.nextGaussian());
    }
    return CompletionProblem.of(m, n, b.build(), null, truth(u, v, scale));
  }

  /** W* = [U/√r, 3.5·1]·[V, 1]ᵀ. */
  private static LowRank truth(Mat u, Mat v, double scale) {
    int r = u.cols();
    Mat left = Mat.zeros(u.rows(), r + 1);
    Mat right = Mat.zeros(v.rows(), r + 1);
    for (int t = 0; t < r; t++) {
      for (int i = 0; i < u.rows(); i++) {
        left.set(i, t, scale * u.get(i, t));
      }
      for (int j = 0; j < v.rows(); j++) {
        right.set(j, t, v.get(j, t));
      }
    }
    for (int i = 0; i < u.rows(); i++) {
      left.set(i, r, MEAN);
    }
    for (int j = 0; j < v.rows(); j++) {
      right.set(j, r, 1.0);
    }
    return new LowRank(left, right);
  }

  /** Distinct positions i·n + j drawn by activity, in a random order. */
  private static long[] positions(int m, int n, int count, long seed) {
    SplittableRandom act = RandomStreams.of(seed, "activity");
    double[] wu = cumulative(m, 0.6, act);
    double[] wi = cumulative(n, 0.9, act);
    SplittableRandom draw = RandomStreams.of(seed, "positions");
    return Generators.distinctPositions(
        count, () -> (long) pick(wu, draw) * n + pick(wi, draw), RandomStreams.of(seed, "order"));
  }

  /** Cumulative weights 1/k^a, k = 1..size, over a random order, normalized to end at 1. */
  private static double[] cumulative(int size, double a, SplittableRandom rng) {
    double[] w = new double[size];
    for (int k = 0; k < size; k++) {
      w[k] = Math.pow(k + 1, -a);
    }
    for (int k = size - 1; k > 0; k--) {
      int t = rng.nextInt(k + 1);
      double tmp = w[k];
      w[k] = w[t];
      w[t] = tmp;
    }
    for (int k = 1; k < size; k++) {
      w[k] += w[k - 1];
    }
    double total = w[size - 1];
    for (int k = 0; k < size; k++) {
      w[k] /= total;
    }
    return w;
  }

  /** The index whose cumulative weight first exceeds a uniform draw. */
  private static int pick(double[] cumulative, SplittableRandom rng) {
    int k = Arrays.binarySearch(cumulative, rng.nextDouble());
    return Math.min(cumulative.length - 1, k >= 0 ? k + 1 : -k - 1);
  }
}
