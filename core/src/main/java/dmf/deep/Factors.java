package dmf.deep;

import dmf.base.UserInputException;
import dmf.linalg.FactoredMatrix;
import dmf.linalg.Mat;
import dmf.linalg.Ops;
import java.util.ArrayList;
import java.util.List;

/** Conversions and products of factor lists W_1..W_N. */
public final class Factors {
  private Factors() {}

  /**
   * @param factors W_1..W_N
   * @return W_N⋯W_1
   */
  public static Mat product(List<Mat> factors) {
    return FactoredMatrix.of(factors).toDense();
  }

  /**
   * Checks that factors match an architecture.
   *
   * @param arch expected shapes
   * @param factors W_1..W_N
   * @param source where they came from, for the error message
   */
  public static void check(Architecture arch, List<Mat> factors, String source) {
    if (factors.size() != arch.depth()) {
      throw new UserInputException(
          source + ": " + factors.size() + " factors for depth " + arch.depth());
    }
    for (int j = 1; j <= arch.depth(); j++) {
      Mat f = factors.get(j - 1);
      if (f.rows() != arch.factorRows(j) || f.cols() != arch.factorCols(j)) {
        throw new UserInputException(
            source
                + ": factor "
                + j
                + " is "
                + f.rows()
                + "x"
                + f.cols()
                + ", expected "
                + arch.factorRows(j)
                + "x"
                + arch.factorCols(j));
      }
      if (!f.isFinite()) {
        throw new UserInputException(source + ": factor " + j + " has NaN or Inf entries");
      }
    }
  }

  /**
   * @return the factors as buffers of the given precision
   */
  @SuppressWarnings("unchecked")
  static <B> B[] toBuffers(Ops<B> ops, List<Mat> factors) {
    B[] out = (B[]) new Object[factors.size()];
    for (int j = 0; j < out.length; j++) {
      out[j] = ops.fromDoubles(factors.get(j).data());
    }
    return out;
  }

  /**
   * @return the buffers as double matrices
   */
  static <B> List<Mat> toMats(Ops<B> ops, Architecture arch, B[] buffers) {
    List<Mat> out = new ArrayList<>(buffers.length);
    for (int j = 1; j <= buffers.length; j++) {
      int r = arch.factorRows(j);
      int c = arch.factorCols(j);
      double[] d = new double[r * c];
      ops.toDoubles(buffers[j - 1], d.length, d);
      out.add(new Mat(r, c, d));
    }
    return out;
  }
}
