package dmf.baseline;

import dev.ludovic.netlib.blas.BLAS;
import dev.ludovic.netlib.lapack.LAPACK;
import dmf.base.UserInputException;
import dmf.linalg.Backend;
import dmf.linalg.Mat;
import dmf.linalg.Ops64;
import dmf.linalg.Precision;
import dmf.linalg.ResidualPass;
import dmf.problem.SensingProblem;
import org.netlib.util.intW;

/**
 * Dense measurement matrices; (AA*)⁻¹ through a Cholesky factor LLᵀ of the m×m Gram matrix, formed
 * on first use (applying A and A* — all that a certificate check needs — does not pay for it).
 *
 * <p>The projection onto {X : A(X) = b}, once per ADMM iteration, uses the orthonormal basis Q =
 * A·L⁻ᵀ of the span of the A_k (formed once with the factor, one triangular solve): with c = L⁻¹b
 * it is v − Q(Qᵀv − c), and the coefficient of column k depends on that column alone, so one {@link
 * ResidualPass} over Q replaces the two passes over A of v − A((AA*)⁻¹(A(v) − b)). The two agree to
 * rounding.
 */
final class GaussianMeasurements implements LinearMeasurements {
  private final SensingProblem p;
  private final int m;
  private double[] chol;
  private ResidualPass<double[]> basis;

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
  public Mat projectFeasible(Mat v) {
    if (basis == null) {
      orthonormalize();
    }
    double[] out = v.data().clone();
    basis.accumulate(v.data(), -1.0, out);
    return new Mat(v.rows(), v.cols(), out);
  }

  /** Q = A·L⁻ᵀ (so QᵀQ = L⁻¹AᵀAL⁻ᵀ = I) and c = L⁻¹b. */
  private void orthonormalize() {
    if (chol == null) {
      factor();
    }
    int dd = p.rows() * p.cols();
    double[] q = p.measurements().data().clone();
    BLAS blas = Backend.get().blas();
    blas.dtrsm("R", "L", "T", "N", dd, m, 1.0, chol, m, q, dd);
    double[] c = p.y().clone();
    blas.dtrsv("L", "N", "N", m, chol, m, c, 1);
    basis =
        new ResidualPass<>(
            Ops64.INSTANCE, q, dd, m, c, ResidualPass.columnsPerBlock(Precision.FLOAT64, dd));
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
