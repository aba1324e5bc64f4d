package dmf.symmetric;

import dmf.base.UserInputException;

/**
 * How {@link SymmetricFactorization} picks the step η of U ← U − η·∇f(U).
 *
 * <ul>
 *   <li>{@link Fixed}: a constant η.
 *   <li>{@link ExactLineSearch}: η_ELS = argmin_{t ≥ 0} f(U − t·∇f(U)). Along a line f is a quartic
 *       polynomial in t whose coefficients are computed exactly (see {@link
 *       SymmetricObjective#lineCoefficients}); its minimizer is found among t = 0 and the real
 *       roots of the cubic derivative.
 *   <li>{@link ClippedLineSearch}: η = min(η_ELS, cap). Gunasekar et al. (2017) clip the exact line
 *       search step so that gradient descent stays in the small-step regime their conjecture is
 *       about; the cap is a setting here ({@link #DEFAULT_CAP} is dmf's suggestion, not a value
 *       from the paper).
 * </ul>
 */
public sealed interface StepRule
    permits StepRule.Fixed, StepRule.ExactLineSearch, StepRule.ClippedLineSearch {

  /**
   * dmf's suggested cap for {@link ClippedLineSearch}. With the mean-squared loss and isotropic
   * measurements (E⟨A, X⟩² = ‖X‖_F²) near a target of unit Frobenius norm, the curvature of f is of
   * order one, so a cap of 0.1 keeps steps well inside the stable range.
   */
  double DEFAULT_CAP = 0.1;

  /**
   * @return a short label, e.g. "fixed(0.01)", "els", "els_clipped(0.1)"
   */
  String label();

  /**
   * A constant step.
   *
   * @param eta the step, positive and finite
   */
  record Fixed(double eta) implements StepRule {
    /** Validates the step. */
    public Fixed {
      if (!(eta > 0) || !Double.isFinite(eta)) {
        throw new UserInputException("step size must be positive and finite, got " + eta);
      }
    }

    @Override
    public String label() {
      return "fixed(" + eta + ")";
    }
  }

  /** The exact line search along the negative gradient. */
  record ExactLineSearch() implements StepRule {
    @Override
    public String label() {
      return "els";
    }
  }

  /**
   * The exact line search step clipped at {@code cap}.
   *
   * @param cap the largest step, positive and finite
   */
  record ClippedLineSearch(double cap) implements StepRule {
    /** Validates the cap. */
    public ClippedLineSearch {
      if (!(cap > 0) || !Double.isFinite(cap)) {
        throw new UserInputException("line search cap must be positive and finite, got " + cap);
      }
    }

    @Override
    public String label() {
      return "els_clipped(" + cap + ")";
    }
  }

  /**
   * @param eta the step
   * @return a constant step rule
   */
  static StepRule fixed(double eta) {
    return new Fixed(eta);
  }

  /**
   * @return the exact line search
   */
  static StepRule exact() {
    return new ExactLineSearch();
  }

  /**
   * @param cap the largest step
   * @return the clipped exact line search
   */
  static StepRule clipped(double cap) {
    return new ClippedLineSearch(cap);
  }
}
