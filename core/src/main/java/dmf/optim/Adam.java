package dmf.optim;

import dmf.linalg.Ops;

/**
 * Adam (Kingma and Ba, 2015) with per-entry moments and bias correction.
 *
 * @param <B> the buffer type
 */
public final class Adam<B> implements Optimizer<B> {
  private final double lr;
  private final double beta1;
  private final double beta2;
  private final double eps;
  private Ops<B> ops;
  private int[] sizes;
  private B[] m;
  private B[] v;
  private long t;

  /**
   * @param lr learning rate
   * @param beta1 first-moment decay (0.9)
   * @param beta2 second-moment decay (0.999)
   * @param eps denominator guard (1e-8)
   */
  public Adam(double lr, double beta1, double beta2, double eps) {
    this.lr = lr;
    this.beta1 = beta1;
    this.beta2 = beta2;
    this.eps = eps;
  }

  @Override
  public String name() {
    return "adam";
  }

  @Override
  @SuppressWarnings("unchecked")
  public void reset(Ops<B> ops, int[] sizes) {
    this.ops = ops;
    this.sizes = sizes.clone();
    this.m = (B[]) new Object[sizes.length];
    this.v = (B[]) new Object[sizes.length];
    for (int j = 0; j < sizes.length; j++) {
      m[j] = ops.alloc(sizes[j]);
      v[j] = ops.alloc(sizes[j]);
    }
    this.t = 0;
  }

  @Override
  public Step step(B[] params, B[] grads, double loss, GradientOracle<B> oracle) {
    t++;
    double c1 = 1 - Math.pow(beta1, t);
    double c2 = 1 - Math.pow(beta2, t);
    for (int j = 0; j < params.length; j++) {
      ops.adam(sizes[j], params[j], grads[j], m[j], v[j], lr, beta1, beta2, eps, c1, c2);
    }
    return new Step(lr, 0, Double.NaN);
  }
}
