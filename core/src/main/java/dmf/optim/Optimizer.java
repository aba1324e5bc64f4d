package dmf.optim;

import dmf.linalg.Ops;

/**
 * An update rule over a list of parameter buffers. Lifecycle: {@link #reset} once per run, then
 * {@link #step} once per iteration. Implementations keep their state (moments, step sizes) between
 * steps and know nothing about matrices or problems.
 *
 * @param <B> the buffer type
 */
public interface Optimizer<B> {
  /**
   * @return the optimizer's name as used on the command line
   */
  String name();

  /**
   * Allocates and clears the state.
   *
   * @param ops kernels of the run's precision
   * @param sizes the length of each parameter buffer
   */
  void reset(Ops<B> ops, int[] sizes);

  /**
   * Moves the parameters.
   *
   * @param params current parameters (modified in place)
   * @param grads the gradient at {@code params} (may be overwritten; see {@link Step#freshLoss})
   * @param loss the loss at {@code params}
   * @param oracle evaluates loss and gradient at other points, for multi-stage methods
   * @return what the step did
   */
  Step step(B[] params, B[] grads, double loss, GradientOracle<B> oracle);
}
