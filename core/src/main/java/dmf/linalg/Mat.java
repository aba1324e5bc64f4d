package dmf.linalg;

import java.util.Arrays;

/**
 * A dense double matrix stored column-major (the BLAS/LAPACK layout): entry (i, j) is {@code data[i
 * + j*rows]}.
 *
 * <p>Used for problem data, metrics and baselines; the training hot loop works on raw buffers
 * through {@link Ops}. Operations that return a {@code Mat} allocate a new one and never modify
 * their inputs; {@link #set} and the buffer from {@link #data()} are for the owner that builds the
 * matrix.
 */
public final class Mat {
  private final int rows;
  private final int cols;
  private final double[] data;

  /**
   * Wraps a column-major buffer (not copied).
   *
   * @param rows row count
   * @param cols column count
   * @param data column-major entries, length rows·cols
   */
  public Mat(int rows, int cols, double[] data) {
    if (rows < 0 || cols < 0 || data.length != (long) rows * cols) {
      throw new IllegalArgumentException(
          "shape " + rows + "x" + cols + " does not match " + data.length + " entries");
    }
    this.rows = rows;
    this.cols = cols;
    this.data = data;
  }

  /**
   * @return a zero matrix of the given shape
   */
  public static Mat zeros(int rows, int cols) {
    return new Mat(rows, cols, new double[Math.multiplyExact(rows, cols)]);
  }

  /**
   * @return the n×n identity
   */
  public static Mat identity(int n) {
    return eye(n, n);
  }

  /**
   * @return the rows×cols rectangular identity (ones on the main diagonal)
   */
  public static Mat eye(int rows, int cols) {
    Mat m = zeros(rows, cols);
    for (int i = 0; i < Math.min(rows, cols); i++) {
      m.data[i + i * rows] = 1;
    }
    return m;
  }

  /**
   * @param rows row count
   * @param cols column count
   * @param rowMajor entries in C order (Input, not modified)
   * @return the matrix
   */
  public static Mat fromRowMajor(int rows, int cols, double[] rowMajor) {
    return new Mat(cols, rows, rowMajor).transpose();
  }

  /**
   * @return the sum of the diagonal entries
   */
  public double trace() {
    double t = 0;
    for (int i = 0; i < Math.min(rows, cols); i++) {
      t += get(i, i);
    }
    return t;
  }

  /**
   * @return the diagonal matrix with the given diagonal
   */
  public static Mat diag(double... values) {
    Mat m = zeros(values.length, values.length);
    for (int i = 0; i < values.length; i++) {
      m.data[i + i * values.length] = values[i];
    }
    return m;
  }

  /**
   * @return the entries in C (row-major) order, as NumPy stores them
   */
  public double[] toRowMajor() {
    return transpose().data;
  }

  /**
   * @return row count
   */
  public int rows() {
    return rows;
  }

  /**
   * @return column count
   */
  public int cols() {
    return cols;
  }

  /**
   * @return the backing column-major buffer (shared, not a copy)
   */
  public double[] data() {
    return data;
  }

  /**
   * @return entry (i, j)
   */
  public double get(int i, int j) {
    return data[i + j * rows];
  }

  /** Sets entry (i, j). */
  public void set(int i, int j, double v) {
    data[i + j * rows] = v;
  }

  /**
   * @return a deep copy
   */
  public Mat copy() {
    return new Mat(rows, cols, data.clone());
  }

  /**
   * @return this·other
   */
  public Mat times(Mat other) {
    return multiply(this, false, other, false);
  }

  /**
   * @return op(a)·op(b), where op transposes when asked
   */
  public static Mat multiply(Mat a, boolean transA, Mat b, boolean transB) {
    int m = transA ? a.cols : a.rows;
    int k = transA ? a.rows : a.cols;
    int k2 = transB ? b.cols : b.rows;
    int n = transB ? b.rows : b.cols;
    if (k != k2) {
      throw new IllegalArgumentException("inner dimensions differ: " + k + " vs " + k2);
    }
    Mat c = zeros(m, n);
    if (m == 0 || n == 0 || k == 0) {
      return c;
    }
    Ops64.INSTANCE.gemm(
        transA,
        transB,
        m,
        n,
        k,
        1.0,
        a.data,
        Math.max(1, a.rows),
        b.data,
        Math.max(1, b.rows),
        0.0,
        c.data,
        Math.max(1, m));
    return c;
  }

  /**
   * @param s one factor per column
   * @return this·diag(s): column j scaled by s[j]
   */
  public Mat scaleColumns(double[] s) {
    if (s.length != cols) {
      throw new IllegalArgumentException(s.length + " factors for " + cols + " columns");
    }
    double[] d = new double[data.length];
    for (int j = 0; j < cols; j++) {
      for (int i = 0; i < rows; i++) {
        d[i + j * rows] = data[i + j * rows] * s[j];
      }
    }
    return new Mat(rows, cols, d);
  }

  /**
   * @return the transpose
   */
  public Mat transpose() {
    Mat t = zeros(cols, rows);
    Ops64.INSTANCE.transpose(data, rows, cols, t.data);
    return t;
  }

  /**
   * @return this + alpha·other
   */
  public Mat plusScaled(double alpha, Mat other) {
    checkSameShape(other);
    double[] d = data.clone();
    for (int i = 0; i < d.length; i++) {
      d[i] += alpha * other.data[i];
    }
    return new Mat(rows, cols, d);
  }

  /**
   * @return this − other
   */
  public Mat minus(Mat other) {
    return plusScaled(-1.0, other);
  }

  /**
   * @return alpha·this
   */
  public Mat scale(double alpha) {
    double[] d = data.clone();
    for (int i = 0; i < d.length; i++) {
      d[i] *= alpha;
    }
    return new Mat(rows, cols, d);
  }

  /**
   * @return the Frobenius inner product Σ this_ij·other_ij
   */
  public double dot(Mat other) {
    checkSameShape(other);
    return Ops64.INSTANCE.dot(data.length, data, 0, other.data, 0);
  }

  /**
   * @return the Frobenius norm
   */
  public double frobeniusNorm() {
    return Math.sqrt(Ops64.INSTANCE.sumSquares(data, data.length));
  }

  /**
   * @return whether every entry is finite
   */
  public boolean isFinite() {
    return Ops64.INSTANCE.allFinite(data, data.length);
  }

  /**
   * @return the symmetric part (A + Aᵀ)/2 of a square matrix
   */
  public Mat symmetrize() {
    if (rows != cols) {
      throw new IllegalArgumentException("not square: " + rows + "x" + cols);
    }
    Mat s = zeros(rows, cols);
    for (int j = 0; j < cols; j++) {
      for (int i = 0; i < rows; i++) {
        s.data[i + j * rows] = 0.5 * (get(i, j) + get(j, i));
      }
    }
    return s;
  }

  private void checkSameShape(Mat other) {
    if (rows != other.rows || cols != other.cols) {
      throw new IllegalArgumentException(
          "shapes differ: " + rows + "x" + cols + " vs " + other.rows + "x" + other.cols);
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Mat
        && ((Mat) o).rows == rows
        && ((Mat) o).cols == cols
        && Arrays.equals(((Mat) o).data, data);
  }

  @Override
  public int hashCode() {
    return 31 * (31 * rows + cols) + Arrays.hashCode(data);
  }

  @Override
  public String toString() {
    return "Mat[" + rows + "x" + cols + "]";
  }
}
