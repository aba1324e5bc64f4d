package dmf.problem;

import dmf.base.RandomStreams;
import dmf.base.UserInputException;
import dmf.linalg.Mat;
import dmf.linalg.Svd;
import java.util.SplittableRandom;

/**
 * Seeded generators for the protocol of Arora et al. (2019), Section 1 of the mission notes.
 *
 * <p>Each generator draws from its own named stream of the seed: the ground truth depends only on
 * (seed, shape, rank), the observed positions only on (seed, shape), so for a fixed seed the
 * observation sets of different sizes are nested, and completion and sensing instances of the same
 * seed share W*.
 */
public final class Generators {
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
    SplittableRandom rng = RandomStreams.of(seed, "truth");
    Mat u = gaussian(rows, rank, 1.0, rng);
    Mat v = symmetric ? u : gaussian(cols, rank, 1.0, rng);
    Mat w = Mat.multiply(u, false, v, true).scale(1.0 / Math.sqrt(rank));
    return w.scale(Math.sqrt((double) rows * cols) / w.frobeniusNorm());
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
    return java.util.Arrays.copyOf(perm, k);
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
