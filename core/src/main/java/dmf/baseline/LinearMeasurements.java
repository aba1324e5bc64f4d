package dmf.baseline;

import dmf.linalg.Mat;
import dmf.problem.CompletionProblem;
import dmf.problem.Problem;
import dmf.problem.SensingProblem;

/**
 * The measurement operator A of a problem, A(X)_k = ⟨A_k, X⟩, with its adjoint and the solve with
 * the Gram matrix AA* needed to project onto {X : A(X) = b}.
 */
interface LinearMeasurements {
  /**
   * @return b, the measured values
   */
  double[] values();

  /**
   * @return A(X)
   */
  double[] apply(Mat x);

  /**
   * @return A*(λ)
   */
  Mat adjoint(double[] lambda);

  /**
   * @return (AA*)⁻¹ r
   */
  double[] solveGram(double[] r);

  /**
   * The orthogonal projection onto {X : A(X) = b}.
   *
   * @param v a matrix (Input)
   * @return v − A*((AA*)⁻¹(A(v) − b))
   */
  default Mat projectFeasible(Mat v) {
    double[] e = apply(v);
    double[] b = values();
    for (int k = 0; k < b.length; k++) {
      e[k] -= b[k];
    }
    return v.minus(adjoint(solveGram(e)));
  }

  /**
   * @param p a completion or sensing problem
   * @return its operator
   */
  static LinearMeasurements of(Problem p) {
    if (p instanceof CompletionProblem) {
      return new EntryMeasurements((CompletionProblem) p);
    }
    return new GaussianMeasurements((SensingProblem) p);
  }
}
