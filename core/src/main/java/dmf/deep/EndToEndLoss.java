package dmf.deep;

/**
 * A loss ℓ(W) of the end-to-end matrix, with its gradient, in one precision.
 *
 * @param <B> the buffer type
 */
interface EndToEndLoss<B> {
  /**
   * @param w W, column-major rows×cols (Input)
   * @param grad receives ∇ℓ(W) (Output), or null for the loss only
   * @return ℓ(W)
   */
  double evaluate(B w, B grad);
}
