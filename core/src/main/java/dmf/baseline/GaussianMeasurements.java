package dmf.baseline;

import dev.ludovic.netlib.lapack.LAPACK;
import dmf.base.UserInputException;
import dmf.linalg.Backend;
import dmf.linalg.Mat;
import dmf.problem.SensingProblem;
import org.netlib.util.intW;

/**
 * Dense measurement matrices; (AA*)⁻¹ through a Cholesky factor of the m×m Gram matrix, formed on
 * first use (applying A and A* — all that a certificate check needs — does not pay for it).
 */
final class GaussianMeasurements implements LinearMeasurements {
  private final SensingProblem p;
  private final int m;
  private double[] chol;

  GaussianMeasurements(SensingProblem p) {
    this.p = p;
    this.m = p.y().length;
  }

  private void factor() {
    Mat a = p.measurements();
    Mat g = Mat.multiply(a, true, a, false);
    double[] c = g.data().clone();
    intW info = new intW(0);
    LAPACK lapack = Backend.get().lapack();
    lapack.dpotrf("L", m, c, m, info);
    if (info.val != 0) {
      throw new UserInputException(
          "the measurement matrices are linearly dependent (Gram matrix "
              + "not positive definite at pivot "
              + info.val
              + ")");
    }
    chol = c;
  }

  @Override
  public double[] values() {
    return p.y();
  }

  @Override
  public double[] apply(Mat x) {
    return p.measure(x);
  }

  @Override
  public Mat adjoint(double[] lambda) {
    return p.adjoint(lambda);
  }

  @Override
  public double[] solveGram(double[] r) {
    if (chol == null) {
      factor();
    }
    double[] x = r.clone();
    intW info = new intW(0);
    Backend.get().lapack().dpotrs("L", m, 1, chol, m, x, m, info);
    return x;
  }
}
