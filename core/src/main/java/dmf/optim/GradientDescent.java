package dmf.optim;

import dmf.linalg.Ops;

/**
 * Plain full-batch gradient descent: θ ← θ − lr·∇.
 *
 * @param <B> the buffer type
 */
public final class GradientDescent<B> implements Optimizer<B> {
  private final double lr;
  private Ops<B> ops;
  private int[] sizes;

  /**
   * @param lr the learning rate &gt; 0
   */
  public GradientDescent(double lr) {
    this.lr = lr;
  }

  @Override
  public String name() {
    return "gd";
  }

  @Override
  public void reset(Ops<B> ops, int[] sizes) {
    this.ops = ops;
    this.sizes = sizes.clone();
  }

  @Override
  public Step step(B[] params, B[] grads, double loss, GradientOracle<B> oracle) {
    for (int j = 0; j < params.length; j++) {
      ops.axpy(sizes[j], -lr, grads[j], 0, params[j], 0);
    }
    return new Step(lr, 0, Double.NaN);
  }
}
