package dmf.baseline;

import dmf.base.UserInputException;

/**
 * Settings of the minimum-nuclear-norm solver.
 *
 * @param tau 0 for the equality form A(X) = b, else the relaxed form |A(X) − b| ≤ τ (elementwise;
 *     completion only)
 * @param psd minimize tr X over X ⪰ 0 instead (square, symmetric measurements)
 * @param gapTol relative duality gap for status "optimal"
 * @param residualTol relative primal residual for status "optimal"
 * @param maxIters ADMM iteration budget
 * @param timeLimit seconds (0 = none)
 */
public record NuclearNormSettings(
    double tau, boolean psd, double gapTol, double residualTol, int maxIters, double timeLimit) {

  /** Validates. */
  public NuclearNormSettings {
    if (!(tau >= 0) || !(gapTol > 0) || !(residualTol > 0) || maxIters < 1 || !(timeLimit >= 0)) {
      throw new UserInputException(
          "nuclear-norm settings out of range: tau "
              + tau
              + ", gap_tol "
              + gapTol
              + ", residual_tol "
              + residualTol
              + ", max_iters "
              + maxIters);
    }
  }

  /**
   * @return equality form, relative gap ≤ 1e-7, relative residual ≤ 1e-8
   */
  public static NuclearNormSettings defaults() {
    return new NuclearNormSettings(0, false, 1e-7, 1e-8, 20_000, 0);
  }
}
