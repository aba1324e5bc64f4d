package dmf.baseline;

import dmf.base.UserInputException;
import dmf.linalg.Mat;
import dmf.problem.CompletionProblem;
import dmf.problem.Problem;

/** Shared helpers of the classical completion baselines. */
final class Completions {
  private Completions() {}

  static CompletionProblem require(Problem p, String solver) {
    if (!(p instanceof CompletionProblem)) {
      throw new UserInputException(
          solver + " is a matrix-completion method; this problem is " + p.kind());
    }
    return (CompletionProblem) p;
  }

  /** P_Ω(M) as a dense matrix. */
  static Mat observed(CompletionProblem p) {
    return p.observedMatrix();
  }

  /** Overwrites the observed entries of {@code z} with b. */
  static void fillObserved(CompletionProblem p, Mat z) {
    int[] r = p.rowIdx();
    int[] c = p.colIdx();
    double[] v = p.values();
    for (int k = 0; k < v.length; k++) {
      z.set(r[k], c[k], v[k]);
    }
  }

  /** ‖P_Ω(X − M)‖_F / ‖P_Ω(M)‖_F. */
  static double relativeResidual(CompletionProblem p, Mat x) {
    double num = 0;
    double den = 0;
    int[] r = p.rowIdx();
    int[] c = p.colIdx();
    double[] v = p.values();
    for (int k = 0; k < v.length; k++) {
      double e = x.get(r[k], c[k]) - v[k];
      num += e * e;
      den += v[k] * v[k];
    }
    return Math.sqrt(num / Math.max(den, 1e-300));
  }
}
