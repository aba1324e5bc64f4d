package dmf.deep;

import dmf.linalg.Ops;
import dmf.problem.CompletionProblem;

/**
 * Supplies the pass over Ω for a completion problem in place of the core's (serial below {@link
 * DeepMatrixFactorization#BLOCKED_MIN} entries, blocked above): see {@link
 * DeepMatrixFactorization#withPass}. Everything else of a training run (initialization, the dense
 * products of the hidden factors, the optimizer, stopping, metrics) stays the core's, so a pass
 * with the arithmetic of {@link SerialKernel} trains to the same bits as the serial pass.
 */
public interface PassFactory {
  /**
   * Called once per training run, before the first evaluation.
   *
   * @param ops the training loop's precision
   * @param problem the completion problem (Input, not modified)
   * @param h the hidden width d_1
   * @param <B> the buffer type
   * @return the pass over the problem's observed entries
   */
  <B> SparsePass<B> create(Ops<B> ops, CompletionProblem problem, int h);
}
