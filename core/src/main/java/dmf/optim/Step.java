package dmf.optim;

/**
 * What one optimizer step did.
 *
 * @param stepSize the step size (learning rate or integration time step) that was applied
 * @param evaluations gradient evaluations made inside the step (0 for one-gradient methods)
 * @param freshLoss the loss at the new parameters when the step computed it (then the gradient
 *     buffers already hold the gradient there), else NaN
 */
public record Step(double stepSize, int evaluations, double freshLoss) {
  /**
   * @return whether the gradient buffers already hold the gradient at the new point
   */
  public boolean hasFreshGradient() {
    return !Double.isNaN(freshLoss);
  }
}
