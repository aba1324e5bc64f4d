package dmf.problem;

import dmf.base.UserInputException;
import dmf.linalg.Mat;
import dmf.linalg.Ops64;
import java.util.Optional;

/**
 * Matrix sensing: y_k = ⟨A_k, W*⟩ for k = 1..m; ℓ(W) = mean_k (⟨A_k, W⟩ − y_k)².
 *
 * @param rows rows of W
 * @param cols columns of W
 * @param measurements a (rows·cols)×m matrix whose column k is A_k flattened column-major, so that
 *     ⟨A_k, W⟩ is the dot product of that column with W's column-major buffer
 * @param y the m measured values
 * @param truth the ground truth W*, or null
 */
public record SensingProblem(int rows, int cols, Mat measurements, double[] y, Mat truth)
    implements Problem {

  /** Validates shapes and values. */
  public SensingProblem {
    if (rows <= 0 || cols <= 0) {
      throw new UserInputException("matrix shape must be positive, got " + rows + "x" + cols);
    }
    if (measurements.rows() != rows * cols) {
      throw new UserInputException(
          "measurement matrices have "
              + measurements.rows()
              + " entries each but W is "
              + rows
              + "x"
              + cols);
    }
    if (measurements.cols() != y.length) {
      throw new UserInputException(
          measurements.cols() + " measurement matrices but " + y.length + " values in y");
    }
    if (y.length == 0) {
      throw new UserInputException("no measurements (m = 0)");
    }
    if (!measurements.isFinite()) {
      throw new UserInputException("measurement matrices contain NaN or Inf");
    }
    for (int k = 0; k < y.length; k++) {
      if (!Double.isFinite(y[k])) {
        throw new UserInputException("measurement " + k + " has value " + y[k]);
      }
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
    y = y.clone();
  }

  /**
   * Builds a problem from measurement matrices given in NumPy's layout.
   *
   * @param rows rows of W
   * @param cols columns of W
   * @param m number of measurements
   * @param aRowMajor A as an m×rows×cols C-order array (Input, not modified)
   * @param y measured values
   * @param truth W*, or null
   * @return the problem
   */
  public static SensingProblem fromRowMajor(
      int rows, int cols, int m, double[] aRowMajor, double[] y, Mat truth) {
    int dd = rows * cols;
    if (aRowMajor.length != (long) m * dd) {
      throw new UserInputException(
          "A has " + aRowMajor.length + " entries, expected " + m + "x" + rows + "x" + cols);
    }
    double[] a = new double[aRowMajor.length];
    for (int k = 0; k < m; k++) {
      int base = k * dd;
      for (int i = 0; i < rows; i++) {
        for (int j = 0; j < cols; j++) {
          a[base + i + j * rows] = aRowMajor[base + i * cols + j];
        }
      }
    }
    return new SensingProblem(rows, cols, new Mat(dd, m, a), y, truth);
  }

  /**
   * @return A as an m×rows×cols C-order array, NumPy's layout
   */
  public double[] toRowMajor() {
    int dd = rows * cols;
    int m = y.length;
    double[] a = measurements.data();
    double[] out = new double[a.length];
    for (int k = 0; k < m; k++) {
      int base = k * dd;
      for (int i = 0; i < rows; i++) {
        for (int j = 0; j < cols; j++) {
          out[base + i * cols + j] = a[base + i + j * rows];
        }
      }
    }
    return out;
  }

  /**
   * @return the measurement matrix A_k (rows×cols)
   */
  public Mat measurement(int k) {
    int dd = rows * cols;
    double[] d = new double[dd];
    System.arraycopy(measurements.data(), k * dd, d, 0, dd);
    return new Mat(rows, cols, d);
  }

  @Override
  public int observationCount() {
    return y.length;
  }

  @Override
  public Optional<Mat> groundTruth() {
    return Optional.ofNullable(truth);
  }

  @Override
  public String kind() {
    return "sensing";
  }

  /**
   * @param w a matrix (Input)
   * @return A(W) = (⟨A_k, W⟩)_k
   */
  public double[] measure(Mat w) {
    double[] out = new double[y.length];
    Ops64.INSTANCE.gemv(
        true, rows * cols, y.length, 1.0, measurements.data(), rows * cols, w.data(), 0.0, out);
    return out;
  }

  /**
   * @param z one value per measurement (Input)
   * @return the adjoint A*(z) = Σ_k z_k A_k
   */
  public Mat adjoint(double[] z) {
    Mat g = Mat.zeros(rows, cols);
    Ops64.INSTANCE.gemv(
        false, rows * cols, y.length, 1.0, measurements.data(), rows * cols, z, 0.0, g.data());
    return g;
  }

  @Override
  public double[] residuals(Mat w) {
    double[] r = measure(w);
    for (int k = 0; k < r.length; k++) {
      r[k] -= y[k];
    }
    return r;
  }

  @Override
  public double loss(Mat w) {
    double s = 0;
    for (double r : residuals(w)) {
      s += r * r;
    }
    return s / y.length;
  }

  @Override
  public Mat gradient(Mat w) {
    double[] r = residuals(w);
    for (int k = 0; k < r.length; k++) {
      r[k] *= 2.0 / y.length;
    }
    return adjoint(r);
  }

  @Override
  public String toString() {
    return "SensingProblem[" + rows + "x" + cols + ", m=" + y.length + "]";
  }
}
