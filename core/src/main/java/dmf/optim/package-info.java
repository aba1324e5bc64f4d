/**
 * First-order update rules over plain parameter buffers (gradient descent, GroupRMSprop, Adam, an
 * adaptive gradient flow) behind the {@code Optimizer} contract. They know nothing of matrices or
 * problems: they see a {@code GradientOracle}.
 *
 * <p>May import: settings, linalg.
 */
package dmf.optim;
