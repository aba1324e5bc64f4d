package dmf.deep;

import dmf.base.UserInputException;
import java.util.Arrays;

/**
 * The shapes of a depth-N linear network W = W_N⋯W_1 with W_j of shape d_j×d_{j−1}, d_0 = cols and
 * d_N = rows.
 *
 * @param rows rows of W (d_N)
 * @param cols columns of W (d_0)
 * @param dims d_0..d_N
 */
public record Architecture(int rows, int cols, int[] dims) {

  /** Validates and copies. */
  public Architecture {
    if (dims.length < 2) {
      throw new UserInputException("depth must be at least 1");
    }
    if (dims[0] != cols || dims[dims.length - 1] != rows) {
      throw new IllegalArgumentException(
          "dims " + Arrays.toString(dims) + " do not end at " + rows + "x" + cols);
    }
    for (int d : dims) {
      if (d <= 0) {
        throw new UserInputException("widths must be positive, got " + Arrays.toString(dims));
      }
    }
    dims = dims.clone();
  }

  /**
   * @param rows rows of W
   * @param cols columns of W
   * @param depth N ≥ 1
   * @param widths the N−1 hidden widths d_1..d_{N−1}, or null for full width min(rows, cols)
   * @return the architecture
   */
  public static Architecture of(int rows, int cols, int depth, int[] widths) {
    if (depth < 1) {
      throw new UserInputException("depth must be at least 1, got " + depth);
    }
    int[] dims = new int[depth + 1];
    dims[0] = cols;
    dims[depth] = rows;
    if (widths == null || widths.length == 0) {
      Arrays.fill(dims, 1, depth, Math.min(rows, cols));
    } else if (widths.length == 1 && depth > 1) {
      Arrays.fill(dims, 1, depth, widths[0]);
    } else if (widths.length != depth - 1) {
      throw new UserInputException(
          "depth " + depth + " needs " + (depth - 1) + " hidden widths, got " + widths.length);
    } else {
      System.arraycopy(widths, 0, dims, 1, depth - 1);
    }
    return new Architecture(rows, cols, dims);
  }

  /**
   * @return the depth N
   */
  public int depth() {
    return dims.length - 1;
  }

  /**
   * @return rows of factor j (1-based), d_j
   */
  public int factorRows(int j) {
    return dims[j];
  }

  /**
   * @return columns of factor j (1-based), d_{j−1}
   */
  public int factorCols(int j) {
    return dims[j - 1];
  }

  /**
   * @return the length of each factor's buffer, W_1 first
   */
  public int[] factorSizes() {
    int[] s = new int[depth()];
    for (int j = 1; j <= depth(); j++) {
      s[j - 1] = dims[j] * dims[j - 1];
    }
    return s;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Architecture && Arrays.equals(((Architecture) o).dims, dims);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(dims);
  }

  @Override
  public String toString() {
    return "Architecture" + Arrays.toString(dims);
  }
}
