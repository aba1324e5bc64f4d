package dmf.optim;

/**
 * The objective as an optimizer sees it: a loss over a list of parameter buffers.
 *
 * @param <B> the buffer type ({@code double[]} or {@code float[]})
 */
public interface GradientOracle<B> {
  /**
   * Evaluates the loss at {@code params} and, when {@code grads} is non-null, its gradient.
   *
   * @param params parameter buffers (Input, not modified)
   * @param grads receives ∂loss/∂params, same shapes (Output), or null for the loss only
   * @return the loss
   */
  double evaluate(B[] params, B[] grads);
}
