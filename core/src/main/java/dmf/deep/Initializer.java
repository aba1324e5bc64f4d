package dmf.deep;

import dmf.base.UserInputException;
import dmf.linalg.Mat;
import dmf.linalg.Svd;
import dmf.problem.Generators;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Initial factors W_1..W_N.
 *
 * <p>init_scale follows the official code of Arora et al.: Gaussian factors have standard deviation
 * s = init_scale^(1/N)/√h, with h = min(rows, cols) the full width, which gives ‖W₀‖_F ≈
 * init_scale·√(rows·cols/h), i.e. init_scale·√n for an n×n matrix. Identity init is the official
 * one, W₀ = init_scale·I. Uniform, orthogonal and balanced factors are scaled to the Gaussian's
 * ‖W₀‖_F, so switching among them changes the shape of W₀, not its size.
 */
public final class Initializer {
  private Initializer() {}

  /**
   * @param arch the shapes
   * @param scheme the scheme
   * @param scale init_scale &gt; 0
   * @param product for {@link InitScheme#BALANCED}, the product to split (rows×cols), or null to
   *     split a Gaussian matrix of the target norm
   * @param rng the "init" random stream
   * @return W_1..W_N, W_j of shape d_j×d_{j−1}
   */
  public static List<Mat> create(
      Architecture arch, InitScheme scheme, double scale, Mat product, SplittableRandom rng) {
    if (!(scale > 0) || !Double.isFinite(scale)) {
      throw new UserInputException("init scale must be positive and finite, got " + scale);
    }
    int n = arch.depth();
    int h = Math.min(arch.rows(), arch.cols());
    double std = Math.pow(scale, 1.0 / n) / Math.sqrt(h);
    double targetNorm = scale * Math.sqrt((double) arch.rows() * arch.cols() / h);
    List<Mat> factors = new ArrayList<>(n);
    switch (scheme) {
      case GAUSSIAN:
        for (int j = 1; j <= n; j++) {
          factors.add(Generators.gaussian(arch.factorRows(j), arch.factorCols(j), std, rng));
        }
        return factors;
      case UNIFORM:
        double a = Math.sqrt(3.0) * std;
        for (int j = 1; j <= n; j++) {
          double[] d = new double[arch.factorRows(j) * arch.factorCols(j)];
          for (int t = 0; t < d.length; t++) {
            d[t] = a * (2 * rng.nextDouble() - 1);
          }
          factors.add(new Mat(arch.factorRows(j), arch.factorCols(j), d));
        }
        return factors;
      case IDENTITY:
        double c = Math.pow(scale, 1.0 / n);
        for (int j = 1; j <= n; j++) {
          factors.add(Mat.eye(arch.factorRows(j), arch.factorCols(j)).scale(c));
        }
        return factors;
      case ORTHOGONAL:
        for (int j = 1; j <= n; j++) {
          factors.add(Generators.randomSemiOrthogonal(arch.factorRows(j), arch.factorCols(j), rng));
        }
        double qNorm = Factors.product(factors).frobeniusNorm();
        double k = Math.pow(targetNorm / qNorm, 1.0 / n);
        factors.replaceAll(f -> f.scale(k));
        return factors;
      case BALANCED:
        Mat p =
            product != null
                ? product
                : Generators.gaussian(
                    arch.rows(),
                    arch.cols(),
                    targetNorm / Math.sqrt((double) arch.rows() * arch.cols()),
                    rng);
        return balancedSplit(arch, p);
      default:
        throw new IllegalStateException(scheme.toString());
    }
  }

  /**
   * Splits a product into balanced factors: with P = UΣVᵀ (thin), W_1 = Σ^(1/N)Vᵀ, W_j = Σ^(1/N)
   * for 1 &lt; j &lt; N and W_N = UΣ^(1/N). Then W_{j+1}ᵀW_{j+1} = W_jW_jᵀ = Σ^(2/N) and W_N⋯W_1 =
   * P.
   *
   * @param arch shapes; hidden widths must equal min(rows, cols)
   * @param p the product (rows×cols)
   * @return the factors
   */
  public static List<Mat> balancedSplit(Architecture arch, Mat p) {
    int n = arch.depth();
    int k = Math.min(arch.rows(), arch.cols());
    if (p.rows() != arch.rows() || p.cols() != arch.cols()) {
      throw new UserInputException(
          "balanced init: product is "
              + p.rows()
              + "x"
              + p.cols()
              + " but W is "
              + arch.rows()
              + "x"
              + arch.cols());
    }
    for (int j = 1; j < n; j++) {
      if (arch.dims()[j] != k) {
        throw new UserInputException("balanced init needs full-width factors (width " + k + ")");
      }
    }
    List<Mat> factors = new ArrayList<>(n);
    if (n == 1) {
      factors.add(p.copy());
      return factors;
    }
    Svd svd = Svd.of(p);
    double[] root = new double[k];
    for (int i = 0; i < k; i++) {
      root[i] = Math.pow(svd.s()[i], 1.0 / n);
    }
    Mat sroot = Mat.diag(root);
    factors.add(sroot.times(svd.vt()));
    for (int j = 2; j < n; j++) {
      factors.add(sroot.copy());
    }
    factors.add(svd.u().times(sroot));
    return factors;
  }
}
