package dmf.optim;

import dmf.linalg.Ops;
import dmf.linalg.Precision;
import dmf.testing.Fixtures;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * A convex separable quadratic ℓ(θ) = ½·Σ λ_i·(θ_i − c_i)² over a list of buffers, with its exact
 * gradient flow θ_i(t) = c_i + (θ_i(0) − c_i)·e^{−λ_i·t}. Computes in double whatever the buffers'
 * precision. Buffers may be longer than their sizes; only the first sizes[j] entries count.
 */
final class Quadratic implements GradientOracle<Object> {
  final Ops<Object> ops;
  final int[] sizes;
  final double[][] curvature;
  final double[][] center;
  int evaluations;

  /**
   * @param precision the buffers' precision
   * @param sizes entries per buffer
   * @param seed draws curvatures in [0.5, 2] and centres N(0, 1)
   */
  Quadratic(Precision precision, int[] sizes, long seed) {
    this.ops = Fixtures.ops(precision);
    this.sizes = sizes.clone();
    SplittableRandom r = Fixtures.rng(seed);
    curvature = new double[sizes.length][];
    center = new double[sizes.length][];
    for (int j = 0; j < sizes.length; j++) {
      curvature[j] = new double[sizes[j]];
      center[j] = new double[sizes[j]];
      for (int i = 0; i < sizes[j]; i++) {
        curvature[j][i] = 0.5 + 1.5 * r.nextDouble();
        center[j][i] = r.nextGaussian();
      }
    }
  }

  @Override
  public double evaluate(Object[] params, Object[] grads) {
    evaluations++;
    double loss = 0;
    for (int j = 0; j < sizes.length; j++) {
      double[] p = read(params[j], sizes[j]);
      double[] g = new double[sizes[j]];
      for (int i = 0; i < sizes[j]; i++) {
        double d = p[i] - center[j][i];
        loss += 0.5 * curvature[j][i] * d * d;
        g[i] = curvature[j][i] * d;
      }
      if (grads != null) {
        ops.setFromDoubles(g, sizes[j], grads[j]);
      }
    }
    return loss;
  }

  /**
   * @return θ(t) of the exact gradient flow from θ(0) = start
   */
  double[][] flow(double[][] start, double t) {
    double[][] out = new double[sizes.length][];
    for (int j = 0; j < sizes.length; j++) {
      out[j] = new double[sizes[j]];
      for (int i = 0; i < sizes[j]; i++) {
        out[j][i] = center[j][i] + (start[j][i] - center[j][i]) * Math.exp(-curvature[j][i] * t);
      }
    }
    return out;
  }

  /**
   * @return a start point at distance about 1 per entry from the centre, representable in float32
   */
  double[][] start(long seed) {
    SplittableRandom r = Fixtures.rng(seed);
    double[][] out = new double[sizes.length][];
    for (int j = 0; j < sizes.length; j++) {
      out[j] = new double[sizes[j]];
      for (int i = 0; i < sizes[j]; i++) {
        out[j][i] = (float) (center[j][i] + r.nextGaussian());
      }
    }
    return out;
  }

  /**
   * @param values one array per buffer
   * @param pad extra entries after each buffer, filled with {@code padValue}
   * @return buffers of this precision
   */
  Object[] buffers(double[][] values, int pad, double padValue) {
    Object[] out = new Object[values.length];
    for (int j = 0; j < values.length; j++) {
      double[] v = Arrays.copyOf(values[j], values[j].length + pad);
      Arrays.fill(v, values[j].length, v.length, padValue);
      out[j] = ops.fromDoubles(v);
    }
    return out;
  }

  /**
   * @return the first n entries of a buffer, widened to double
   */
  double[] read(Object buffer, int n) {
    return Fixtures.read(ops, buffer, n);
  }

  /**
   * @return every entry of every buffer (padding included), widened to double
   */
  double[][] readAll(Object[] buffers) {
    double[][] out = new double[buffers.length][];
    for (int j = 0; j < buffers.length; j++) {
      int n = buffers[j] instanceof double[] d ? d.length : ((float[]) buffers[j]).length;
      out[j] = read(buffers[j], n);
    }
    return out;
  }
}
