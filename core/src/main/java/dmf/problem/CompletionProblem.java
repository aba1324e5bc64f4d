package dmf.problem;

import dmf.base.UserInputException;
import dmf.linalg.Mat;
import java.util.Arrays;
import java.util.Optional;

/**
 * Matrix completion: observed entries b_k = W*(i_k, j_k) for k in Ω; ℓ(W) = mean_k (W_{i_k j_k} −
 * b_k)².
 *
 * <p>The constructor validates the input (indices in range, finite values, non-empty Ω, agreeing
 * duplicates) and collapses duplicate entries that carry the same value.
 *
 * @param rows rows of W
 * @param cols columns of W
 * @param rowIdx row index of each observation
 * @param colIdx column index of each observation
 * @param values observed values
 * @param truth the ground truth W*, or null
 */
public record CompletionProblem(
    int rows, int cols, int[] rowIdx, int[] colIdx, double[] values, Mat truth) implements Problem {

  /** Validates and normalizes; see the class comment. */
  public CompletionProblem {
    if (rows <= 0 || cols <= 0) {
      throw new UserInputException("matrix shape must be positive, got " + rows + "x" + cols);
    }
    if (rowIdx.length != colIdx.length || rowIdx.length != values.length) {
      throw new UserInputException(
          "observation arrays differ in length: rows "
              + rowIdx.length
              + ", cols "
              + colIdx.length
              + ", values "
              + values.length);
    }
    if (values.length == 0) {
      throw new UserInputException("no observed entries (empty Ω)");
    }
    if (truth != null && (truth.rows() != rows || truth.cols() != cols)) {
      throw new UserInputException(
          "ground truth is "
              + truth.rows()
              + "x"
              + truth.cols()
              + " but the problem is "
              + rows
              + "x"
              + cols);
    }
    long[] keys = new long[values.length];
    for (int k = 0; k < values.length; k++) {
      if (rowIdx[k] < 0 || rowIdx[k] >= rows) {
        throw new UserInputException(
            "observation " + k + ": row index " + rowIdx[k] + " out of range [0, " + rows + ")");
      }
      if (colIdx[k] < 0 || colIdx[k] >= cols) {
        throw new UserInputException(
            "observation " + k + ": column index " + colIdx[k] + " out of range [0, " + cols + ")");
      }
      if (!Double.isFinite(values[k])) {
        throw new UserInputException(
            "observation "
                + k
                + " at ("
                + rowIdx[k]
                + ", "
                + colIdx[k]
                + ") has value "
                + values[k]);
      }
      keys[k] = ((long) rowIdx[k] * cols + colIdx[k]) << 24 | (k & 0xffffffL);
    }
    int[][] dedup = dedupe(keys, rowIdx, colIdx, values, cols);
    if (dedup != null) {
      int[] keep = dedup[0];
      int[] r = new int[keep.length];
      int[] c = new int[keep.length];
      double[] v = new double[keep.length];
      for (int t = 0; t < keep.length; t++) {
        r[t] = rowIdx[keep[t]];
        c[t] = colIdx[keep[t]];
        v[t] = values[keep[t]];
      }
      rowIdx = r;
      colIdx = c;
      values = v;
    } else {
      rowIdx = rowIdx.clone();
      colIdx = colIdx.clone();
      values = values.clone();
    }
  }

  /**
   * Finds duplicate positions. Returns null when there are none, else the indices to keep.
   * Duplicates with different values are an input error.
   */
  private static int[][] dedupe(long[] keysIn, int[] r, int[] c, double[] v, int cols) {
    int n = keysIn.length;
    if (n > (1 << 24)) {
      return dedupeLarge(r, c, v, cols);
    }
    long[] keys = keysIn.clone();
    Arrays.sort(keys);
    boolean any = false;
    boolean[] drop = new boolean[n];
    for (int t = 1; t < n; t++) {
      long pos = keys[t] >>> 24;
      if (pos == keys[t - 1] >>> 24) {
        int a = (int) (keys[t - 1] & 0xffffff);
        int b = (int) (keys[t] & 0xffffff);
        if (Double.compare(v[a], v[b]) != 0) {
          throw new UserInputException(
              "entry ("
                  + r[b]
                  + ", "
                  + c[b]
                  + ") is observed twice with"
                  + " different values: "
                  + v[a]
                  + " (observation "
                  + a
                  + ") and "
                  + v[b]
                  + " (observation "
                  + b
                  + ")");
        }
        drop[Math.max(a, b)] = true;
        any = true;
      }
    }
    if (!any) {
      return null;
    }
    int kept = 0;
    for (boolean d : drop) {
      kept += d ? 0 : 1;
    }
    int[] keep = new int[kept];
    for (int t = 0, u = 0; t < n; t++) {
      if (!drop[t]) {
        keep[u++] = t;
      }
    }
    return new int[][] {keep};
  }

  private static int[][] dedupeLarge(int[] r, int[] c, double[] v, int cols) {
    java.util.HashMap<Long, Integer> seen = new java.util.HashMap<>();
    int[] keep = new int[r.length];
    int kept = 0;
    for (int k = 0; k < r.length; k++) {
      Integer prev = seen.putIfAbsent((long) r[k] * cols + c[k], k);
      if (prev == null) {
        keep[kept++] = k;
      } else if (Double.compare(v[prev], v[k]) != 0) {
        throw new UserInputException(
            "entry ("
                + r[k]
                + ", "
                + c[k]
                + ") is observed twice with"
                + " different values: "
                + v[prev]
                + " and "
                + v[k]);
      }
    }
    return kept == r.length ? null : new int[][] {Arrays.copyOf(keep, kept)};
  }

  @Override
  public int observationCount() {
    return values.length;
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
    double[] res = new double[values.length];
    for (int k = 0; k < values.length; k++) {
      res[k] = w.get(rowIdx[k], colIdx[k]) - values[k];
    }
    return res;
  }

  @Override
  public double loss(Mat w) {
    double s = 0;
    for (double r : residuals(w)) {
      s += r * r;
    }
    return s / values.length;
  }

  @Override
  public Mat gradient(Mat w) {
    double[] res = residuals(w);
    Mat g = Mat.zeros(rows, cols);
    double f = 2.0 / values.length;
    for (int k = 0; k < res.length; k++) {
      g.data()[rowIdx[k] + colIdx[k] * rows] += f * res[k];
    }
    return g;
  }

  /**
   * @return a rows×cols mask, true where the entry is observed (column-major)
   */
  public boolean[] observedMask() {
    boolean[] mask = new boolean[rows * cols];
    for (int k = 0; k < values.length; k++) {
      mask[rowIdx[k] + colIdx[k] * rows] = true;
    }
    return mask;
  }

  /**
   * @return the observed entries as a matrix, zero elsewhere
   */
  public Mat observedMatrix() {
    Mat m = Mat.zeros(rows, cols);
    for (int k = 0; k < values.length; k++) {
      m.set(rowIdx[k], colIdx[k], values[k]);
    }
    return m;
  }

  @Override
  public String toString() {
    return "CompletionProblem[" + rows + "x" + cols + ", |Ω|=" + values.length + "]";
  }
}
