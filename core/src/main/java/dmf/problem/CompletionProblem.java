package dmf.problem;

import dmf.base.RandomStreams;
import dmf.base.UserInputException;
import dmf.linalg.LowRank;
import dmf.linalg.Mat;
import java.util.BitSet;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Matrix completion: observed entries b_k = W*(i_k, j_k) for k in Ω; ℓ(W) = mean_k (W_{i_k j_k} −
 * b_k)².
 *
 * <p>Holds Ω at any size ({@link Observations}: up to 2^31 − 1 entries, values in float32 or
 * float64 as given) and the ground truth when known, densely (small problems) or as low-rank
 * factors (any size; then {@link #groundTruth} is empty and {@link #truthFactors} holds it). It may
 * also hold held-out entries that training never sees ({@link #heldOut}). Nothing of size rows×cols
 * is formed unless a caller asks ({@link #observedMask}, {@link #gradient}).
 *
 * <p>Construction validates (indices in range, finite values, non-empty Ω) and collapses repeated
 * entries that carry the same value; repeats with different values are an input error.
 */
public final class CompletionProblem implements Problem {
  private final int rows;
  private final int cols;
  private final Observations omega;
  private final Mat truth;
  private final LowRank truthFactors;
  private final Observations heldOut;
  private volatile double[] widened;

  /**
   * @param rows rows of W
   * @param cols columns of W
   * @param rowIdx row index of each observation (Input, not modified)
   * @param colIdx column index of each observation (Input, not modified)
   * @param values observed values (Input, not modified)
   * @param truth the ground truth W*, or null
   */
  public CompletionProblem(
      int rows, int cols, int[] rowIdx, int[] colIdx, double[] values, Mat truth) {
    this(rows, cols, copy(rowIdx, colIdx, values), truth, null, null);
  }

  private CompletionProblem(
      int rows, int cols, Observations omega, Mat truth, LowRank factors, Observations heldOut) {
    if (rows <= 0 || cols <= 0) {
      throw new UserInputException("matrix shape must be positive, got " + rows + "x" + cols);
    }
    if (omega.size() == 0) {
      throw new UserInputException("no observed entries (empty Ω)");
    }
    checkShape(truth == null ? null : new int[] {truth.rows(), truth.cols()}, rows, cols);
    checkShape(factors == null ? null : new int[] {factors.rows(), factors.cols()}, rows, cols);
    OmegaChecks.checkEntries(rows, cols, omega);
    if (heldOut != null) {
      OmegaChecks.checkEntries(rows, cols, heldOut);
    }
    this.rows = rows;
    this.cols = cols;
    this.omega = OmegaChecks.dedupe(rows, cols, omega);
    this.truth = truth;
    this.truthFactors = factors;
    this.heldOut = heldOut;
  }

  /**
   * A problem at any size.
   *
   * @param rows rows of W
   * @param cols columns of W
   * @param omega the observed entries (kept, not copied)
   * @param truth the dense W* (small problems), or null
   * @param truthFactors W* as low-rank factors, or null
   * @return the problem
   */
  public static CompletionProblem of(
      int rows, int cols, Observations omega, Mat truth, LowRank truthFactors) {
    if (truth != null && truthFactors != null) {
      throw new IllegalArgumentException("W* given both dense and factored");
    }
    return new CompletionProblem(rows, cols, omega, truth, truthFactors, null);
  }

  /**
   * Holds out a random part of Ω: each entry independently with probability {@code fraction}, drawn
   * from the seed's "holdout" stream (same seed, same split).
   *
   * @param fraction the share to hold out, in [0, 1)
   * @param seed the seed
   * @return a problem trained on the rest, scoring predictions on the held-out entries
   */
  public CompletionProblem holdOut(double fraction, long seed) {
    if (!(fraction >= 0 && fraction < 1)) {
      throw new UserInputException("holdout must be in [0, 1), got " + fraction);
    }
    SplittableRandom rng = RandomStreams.of(seed, "holdout");
    BitSet out = new BitSet(omega.size());
    for (int k = 0; k < omega.size(); k++) {
      if (rng.nextDouble() < fraction) {
        out.set(k);
      }
    }
    int held = out.cardinality();
    if (held == omega.size()) {
      throw new UserInputException("holdout " + fraction + " leaves no entry to train on");
    }
    int[] keep = new int[omega.size() - held];
    int[] drop = new int[held];
    for (int k = 0, a = 0, b = 0; k < omega.size(); k++) {
      if (out.get(k)) {
        drop[b++] = k;
      } else {
        keep[a++] = k;
      }
    }
    return new CompletionProblem(
        rows, cols, omega.select(keep), truth, truthFactors, held == 0 ? null : omega.select(drop));
  }

  private static Observations copy(int[] r, int[] c, double[] v) {
    if (r.length != c.length || r.length != v.length) {
      throw new UserInputException(
          "observation arrays differ in length: rows "
              + r.length
              + ", cols "
              + c.length
              + ", values "
              + v.length);
    }
    return Observations.wrap(r.clone(), c.clone(), v.clone());
  }

  private static void checkShape(int[] shape, int rows, int cols) {
    if (shape != null && (shape[0] != rows || shape[1] != cols)) {
      throw new UserInputException(
          "ground truth is "
              + shape[0]
              + "x"
              + shape[1]
              + " but the problem is "
              + rows
              + "x"
              + cols);
    }
  }

  @Override
  public int rows() {
    return rows;
  }

  @Override
  public int cols() {
    return cols;
  }

  /**
   * @return Ω
   */
  public Observations observations() {
    return omega;
  }

  /**
   * @return the held-out entries, when the problem has some
   */
  public Optional<Observations> heldOut() {
    return Optional.ofNullable(heldOut);
  }

  /**
   * @return row index of each observation (shared, do not modify; below 2^31 − 8 entries)
   */
  public int[] rowIdx() {
    return omega.rowArray();
  }

  /**
   * @return column index of each observation (shared, do not modify; below 2^31 − 8 entries)
   */
  public int[] colIdx() {
    return omega.colArray();
  }

  /**
   * @return the observed values in float64 (shared, do not modify; below 2^31 − 8 entries)
   */
  public double[] values() {
    double[] w = widened;
    if (w == null) {
      w = omega.valueArray();
      widened = w;
    }
    return w;
  }

  /**
   * @return the dense ground truth W*, or null
   */
  public Mat truth() {
    return truth;
  }

  /**
   * @return W* as low-rank factors, when it is held so
   */
  public Optional<LowRank> truthFactors() {
    return Optional.ofNullable(truthFactors);
  }

  @Override
  public int observationCount() {
    return omega.size();
  }

  @Override
  public Optional<Mat> groundTruth() {
    return Optional.ofNullable(truth);
  }

  @Override
  public String kind() {
    return "completion";
  }

  @Override
  public double[] residuals(Mat w) {
    double[] res = new double[omega.size()];
    for (int k = 0; k < res.length; k++) {
      res[k] = w.get(omega.row(k), omega.col(k)) - omega.value(k);
    }
    return res;
  }

  @Override
  public double loss(Mat w) {
    double s = 0;
    for (double r : residuals(w)) {
      s += r * r;
    }
    return s / omega.size();
  }

  @Override
  public Mat gradient(Mat w) {
    double[] res = residuals(w);
    Mat g = Mat.zeros(rows, cols);
    double f = 2.0 / omega.size();
    for (int k = 0; k < res.length; k++) {
      g.data()[omega.row(k) + omega.col(k) * rows] += f * res[k];
    }
    return g;
  }

  /**
   * @return a rows×cols mask, true where the entry is observed (column-major; small problems)
   */
  public boolean[] observedMask() {
    boolean[] mask = new boolean[Math.multiplyExact(rows, cols)];
    for (int k = 0; k < omega.size(); k++) {
      mask[omega.row(k) + omega.col(k) * rows] = true;
    }
    return mask;
  }

  /**
   * @return the observed entries as a matrix, zero elsewhere (small problems)
   */
  public Mat observedMatrix() {
    Mat m = Mat.zeros(rows, cols);
    for (int k = 0; k < omega.size(); k++) {
      m.set(omega.row(k), omega.col(k), omega.value(k));
    }
    return m;
  }

  @Override
  public String toString() {
    return "CompletionProblem[" + rows + "x" + cols + ", |Ω|=" + omega.size() + "]";
  }
}
