package dmf.optim;

import dmf.linalg.Ops;

/**
 * GroupRMSprop of the official code of Arora et al. (2019): one scalar second moment for the whole
 * model.
 *
 * <pre>
 *   v   ← α·v + (1 − α)·Σ_j ‖∇_j‖_F²
 *   v̂   = v / (1 − α^t)
 *   η_t = lr / (√v̂ + ε)
 *   θ_j ← θ_j − η_t·∇_j          for every factor j
 * </pre>
 *
 * <p>The direction is the exact gradient; only its global scale adapts.
 *
 * @param <B> the buffer type
 */
public final class GroupRmsProp<B> implements Optimizer<B> {
  private final double lr;
  private final double alpha;
  private final double eps;
  private Ops<B> ops;
  private int[] sizes;
  private double v;
  private long t;

  /**
   * @param lr learning rate (official default 1e-3)
   * @param alpha EMA factor (official 0.99)
   * @param eps added to √v̂ (official main uses 1e-4)
   */
  public GroupRmsProp(double lr, double alpha, double eps) {
    this.lr = lr;
    this.alpha = alpha;
    this.eps = eps;
  }

  @Override
  public String name() {
    return "grouprmsprop";
  }

  @Override
  public void reset(Ops<B> ops, int[] sizes) {
    this.ops = ops;
    this.sizes = sizes.clone();
    this.v = 0;
    this.t = 0;
  }

  @Override
  public Step step(B[] params, B[] grads, double loss, GradientOracle<B> oracle) {
    double gsq = 0;
    for (int j = 0; j < params.length; j++) {
      gsq += ops.sumSquares(grads[j], sizes[j]);
    }
    v = alpha * v + (1 - alpha) * gsq;
    t++;
    double vhat = v / (1 - Math.pow(alpha, t));
    double eta = lr / (Math.sqrt(vhat) + eps);
    for (int j = 0; j < params.length; j++) {
      ops.axpy(sizes[j], -eta, grads[j], 0, params[j], 0);
    }
    return new Step(eta, 0, Double.NaN);
  }
}
