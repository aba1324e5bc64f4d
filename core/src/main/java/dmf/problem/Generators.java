package dmf.problem;

import dmf.base.RandomStreams;
import dmf.base.UserInputException;
import dmf.linalg.LowRank;
import dmf.linalg.Mat;
import dmf.linalg.Svd;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.function.LongSupplier;

/**
 * Seeded generators for the protocol of Arora et al. (2019), Section 1 of the mission notes.
 *
 * <p>Each generator draws from its own named stream of the seed: the ground truth depends only on
 * (seed, shape, rank), the observed positions only on (seed, shape), so for a fixed seed the
 * observation sets of different sizes are nested, and completion and sensing instances of the same
 * seed share W*.
 */
public final class Generators {
  /**
   * Above this many entries (rows·cols) a synthetic completion W* is held as low-rank factors and
   * its positions drawn without a permutation of all entries ({@link #lowRankCompletion}).
   */
  public static final long DENSE_TRUTH_LIMIT = 1L << 24;

  private Generators() {}

  /**
   * W* = U·Vᵀ/√r with i.i.d. N(0, 1) U (rows×r) and V (cols×r), rescaled so that ‖W*‖_F =
   * √(rows·cols), i.e. the RMS entry is 1.
   *
   * @param rows rows
   * @param cols columns
   * @param rank r ≥ 1
   * @param symmetric when true V = U (needs rows = cols), which makes W* symmetric PSD
   * @param seed root seed
   * @return W*
   */
  public static Mat lowRankTruth(int rows, int cols, int rank, boolean symmetric, long seed) {
    checkTruth(rows, cols, rank, symmetric);
    SplittableRandom rng = RandomStreams.of(seed, "truth");
    Mat u = gaussian(rows, rank, 1.0, rng);
    Mat v = symmetric ? u : gaussian(cols, rank, 1.0, rng);
    Mat w = Mat.multiply(u, false, v, true).scale(1.0 / Math.sqrt(rank));
    return w.scale(Math.sqrt((double) rows * cols) / w.frobeniusNorm());
  }

  private static void checkTruth(int rows, int cols, int rank, boolean symmetric) {
    if (rows <= 0 || cols <= 0) {
      throw new UserInputException("matrix shape must be positive, got " + rows + "x" + cols);
    }
    if (rank < 1 || rank > Math.min(rows, cols)) {
      throw new UserInputException(
          "rank " + rank + " must be in [1, " + Math.min(rows, cols) + "]");
    }
    if (symmetric && rows != cols) {
      throw new UserInputException(
          "a symmetric ground truth needs rows = cols, got " + rows + "x" + cols);
    }
  }

  /**
   * Samples k distinct entries of W* uniformly without replacement: the first k positions of a
   * random permutation of all rows·cols positions (a partial Fisher–Yates shuffle).
   *
   * @param truth W* (Input)
   * @param k number of observed entries, 1 ≤ k ≤ rows·cols
   * @param seed root seed
   * @return the completion problem, with W* attached
   */
  public static CompletionProblem completion(Mat truth, int k, long seed) {
    int rows = truth.rows();
    int cols = truth.cols();
    long total = (long) rows * cols;
    if (k < 1 || k > total) {
      throw new UserInputException("observations " + k + " must be in [1, " + total + "]");
    }
    int[] positions = samplePositions((int) total, k, RandomStreams.of(seed, "observations"));
    int[] r = new int[k];
    int[] c = new int[k];
    double[] v = new double[k];
    for (int t = 0; t < k; t++) {
      r[t] = positions[t] / cols;
      c[t] = positions[t] % cols;
      v[t] = truth.get(r[t], c[t]);
    }
    return new CompletionProblem(rows, cols, r, c, v, truth);
  }

  /**
   * Completion of a low-rank W* of any shape, W* held as factors: the same U, V and scaling as
   * {@link #lowRankTruth} (so the same W* up to rounding), and k distinct positions drawn uniformly
   * by {@link #distinctPositions} (a different draw from {@link #completion}, which needs a
   * permutation of all rows·cols positions).
   *
   * @param rows rows
   * @param cols columns
   * @param rank r
   * @param symmetric V = U
   * @param k observed entries
   * @param truthSeed seed of W* (as for {@link #lowRankTruth})
   * @param seed seed of the positions (as for {@link #completion})
   * @return the problem, W* attached as factors
   */
  public static CompletionProblem lowRankCompletion(
      int rows, int cols, int rank, boolean symmetric, int k, long truthSeed, long seed) {
    LowRank t = lowRankFactors(rows, cols, rank, symmetric, truthSeed);
    long total = (long) rows * cols;
    if (k < 1 || k > total) {
      throw new UserInputException("observations " + k + " must be in [1, " + total + "]");
    }
    SplittableRandom rng = RandomStreams.of(seed, "observations");
    long[] pos = distinctPositions(k, () -> rng.nextLong(total), RandomStreams.of(seed, "order"));
    Observations.Builder b = Observations.builder(k, false);
    for (int s = 0; s < k; s++) {
      int i = (int) (pos[s] / cols);
      int j = (int) (pos[s] % cols);
      b.set(s, i, j, t.get(i, j));
    }
    return CompletionProblem.of(rows, cols, b.build(), null, t);
  }

  /**
   * W* of {@link #lowRankTruth} as factors L·Rᵀ, never formed: L = c·U/√r, R = V with c such that
   * ‖W*‖_F = √(rows·cols).
   */
  static LowRank lowRankFactors(int rows, int cols, int rank, boolean symmetric, long seed) {
    checkTruth(rows, cols, rank, symmetric);
    SplittableRandom rng = RandomStreams.of(seed, "truth");
    Mat u = gaussian(rows, rank, 1.0, rng);
    Mat v = symmetric ? u : gaussian(cols, rank, 1.0, rng);
    LowRank w = new LowRank(u.scale(1.0 / Math.sqrt(rank)), v);
    return w.scale(Math.sqrt((double) rows * cols) / w.frobeniusNorm());
  }

  /**
   * {@code count} distinct values of {@code draw}, in a random order: batches of draws are sorted
   * and deduplicated until there are enough, then shuffled and cut. O(count·log count) time and 8
   * bytes per value, whatever the range of the draws.
   *
   * @param count how many
   * @param draw the distribution (must have at least count distinct values)
   * @param shuffle stream for the order
   * @return the values
   */
  static long[] distinctPositions(int count, LongSupplier draw, SplittableRandom shuffle) {
    long[] have = new long[0];
    while (have.length < count) {
      int need =
          (int)
              Math.min(
                  Integer.MAX_VALUE - 8L - have.length, (count - have.length) * 115L / 100 + 1000);
      long[] batch = Arrays.copyOf(have, have.length + need);
      for (int k = have.length; k < batch.length; k++) {
        batch[k] = draw.getAsLong();
      }
      Arrays.parallelSort(batch);
      int u = 0;
      for (int k = 0; k < batch.length; k++) {
        if (k == 0 || batch[k] != batch[k - 1]) {
          batch[u++] = batch[k];
        }
      }
      have = Arrays.copyOf(batch, u);
    }
    for (int k = 0; k < count; k++) {
      int t = k + shuffle.nextInt(have.length - k);
      long tmp = have[k];
      have[k] = have[t];
      have[t] = tmp;
    }
    return Arrays.copyOf(have, count);
  }

  /**
   * Gaussian measurements: A_k with i.i.d. N(0, 1/(rows·cols)) entries as in the official code, or
   * their symmetric parts (G + Gᵀ)/2 when {@code symmetric}; y_k = ⟨A_k, W*⟩.
   *
   * @param truth W* (Input)
   * @param m number of measurements ≥ 1
   * @param symmetric symmetrize each A_k (needs a square W*)
   * @param seed root seed
   * @return the sensing problem, with W* attached
   */
  public static SensingProblem sensing(Mat truth, int m, boolean symmetric, long seed) {
    return sensing(
        truth, m, symmetric, 1.0 / Math.sqrt((double) truth.rows() * truth.cols()), seed);
  }

  /** As {@link #sensing(Mat, int, boolean, long)}, with entries of A_k drawn N(0, std²). */
  static SensingProblem sensing(Mat truth, int m, boolean symmetric, double std, long seed) {
    int rows = truth.rows();
    int cols = truth.cols();
    if (m < 1) {
      throw new UserInputException("measurements " + m + " must be at least 1");
    }
    if (symmetric && rows != cols) {
      throw new UserInputException(
          "symmetric measurements need a square matrix, got " + rows + "x" + cols);
    }
    int dd = rows * cols;
    if ((long) dd * m > Integer.MAX_VALUE - 8) {
      throw new UserInputException(
          "sensing with "
              + m
              + " dense "
              + rows
              + "x"
              + cols
              + " measurement matrices does not fit in memory");
    }
    SplittableRandom rng = RandomStreams.of(seed, "measurements");
    double[] a = new double[dd * m];
    for (int t = 0; t < a.length; t++) {
      a[t] = std * rng.nextGaussian();
    }
    if (symmetric) {
      for (int k = 0; k < m; k++) {
        int base = k * dd;
        for (int j = 0; j < cols; j++) {
          for (int i = j + 1; i < rows; i++) {
            double s = 0.5 * (a[base + i + j * rows] + a[base + j + i * rows]);
            a[base + i + j * rows] = s;
            a[base + j + i * rows] = s;
          }
        }
      }
    }
    SensingProblem draft = new SensingProblem(rows, cols, new Mat(dd, m, a), new double[m], truth);
    return new SensingProblem(rows, cols, draft.measurements(), draft.measure(truth), truth);
  }

  /**
   * @return an rows×cols matrix of i.i.d. N(0, std²) entries drawn from {@code rng}, column by
   *     column
   */
  public static Mat gaussian(int rows, int cols, double std, SplittableRandom rng) {
    double[] d = new double[rows * cols];
    for (int t = 0; t < d.length; t++) {
      d[t] = std * rng.nextGaussian();
    }
    return new Mat(rows, cols, d);
  }

  /**
   * k of 0..total−1 drawn uniformly without replacement: the first k entries of a partial
   * Fisher–Yates shuffle.
   *
   * @param total population size
   * @param k how many, 0 ≤ k ≤ total
   * @param rng stream to draw from (k draws)
   * @return the sampled indices, in draw order
   */
  public static int[] samplePositions(int total, int k, SplittableRandom rng) {
    int[] perm = new int[total];
    for (int t = 0; t < total; t++) {
      perm[t] = t;
    }
    for (int t = 0; t < k; t++) {
      int s = t + rng.nextInt(total - t);
      int tmp = perm[t];
      perm[t] = perm[s];
      perm[s] = tmp;
    }
    return Arrays.copyOf(perm, k);
  }

  /**
   * A Haar-random p×q matrix with orthonormal rows or columns: the polar factor U·Vᵀ of a Gaussian
   * p×q matrix.
   *
   * @param p rows
   * @param q columns
   * @param rng stream to draw from
   * @return Q with QᵀQ = I (p ≥ q) or QQᵀ = I (p &lt; q)
   */
  public static Mat randomSemiOrthogonal(int p, int q, SplittableRandom rng) {
    Svd svd = Svd.of(gaussian(p, q, 1.0, rng));
    return svd.u().times(svd.vt());
  }
}
