package dmf.deep;

/**
 * The one pass over the observed entries Ω of the completion objective: with T_2 = (W_N⋯W_2)ᵀ
 * (d_1×rows) and W_1 (d_1×cols), each entry's residual e = T_2[:, i]·W_1[:, j] − b, the loss
 * mean(e²), and the two scatters ∇W_1[:, j] += (2e/|Ω|)·T_2[:, i] and Z_1[:, i] += (2e/|Ω|)·W_1[:,
 * j].
 *
 * <p>Public so that another engine can supply the pass (a {@link PassFactory}, for example one that
 * spreads Ω over a cluster); the rest of the objective (the dense products of the hidden factors)
 * and the whole training loop stay the core's.
 *
 * @param <B> the buffer type
 */
public interface SparsePass<B> {
  /**
   * @param t2 T_2, d_1×rows (Input)
   * @param w1 W_1, d_1×cols (Input)
   * @param gradW1 receives ∇W_1 (Output), or null for the loss only
   * @param z1 receives Z_1 = W_1·Gᵀ, d_1×rows (Output), or null for the loss only
   * @return the loss
   */
  double run(B t2, B w1, B gradW1, B z1);
}
