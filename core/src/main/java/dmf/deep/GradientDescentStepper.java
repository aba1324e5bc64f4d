package dmf.deep;

import dmf.linalg.Mat;
import dmf.linalg.Ops64;
import dmf.optim.GradientOracle;
import dmf.problem.Problem;
import java.util.List;

/**
 * Plain gradient descent on the factors, one step at a time, with the factors visible between
 * steps: the instrument for checking the dynamics theory (Theorem 3, Lemma 3, Eq. (11)). Float64,
 * the fast objective of the trainer.
 */
public final class GradientDescentStepper {
  private final Architecture arch;
  private final double[][] params;
  private final double[][] grads;
  private final GradientOracle<double[]> oracle;
  private double loss;

  /**
   * @param problem the problem
   * @param start W_1..W_N
   */
  public GradientDescentStepper(Problem problem, List<Mat> start) {
    int n = start.size();
    int[] dims = new int[n + 1];
    dims[0] = start.get(0).cols();
    for (int j = 0; j < n; j++) {
      dims[j + 1] = start.get(j).rows();
    }
    int[] widths = new int[n - 1];
    System.arraycopy(dims, 1, widths, 0, n - 1);
    this.arch = Architecture.of(problem.rows(), problem.cols(), n, widths);
    Factors.check(arch, start, "start");
    this.params = new double[n][];
    this.grads = new double[n][];
    for (int j = 0; j < n; j++) {
      params[j] = start.get(j).data().clone();
      grads[j] = new double[params[j].length];
    }
    this.oracle = DeepMatrixFactorization.objective(Ops64.INSTANCE, arch, problem);
    this.loss = oracle.evaluate(params, grads);
  }

  /**
   * @return the loss at the current factors
   */
  public double loss() {
    return loss;
  }

  /**
   * One step W_j ← W_j − η∇_{W_j}ℓ for every j.
   *
   * @param lr η
   * @return the loss after the step
   */
  public double step(double lr) {
    for (int j = 0; j < params.length; j++) {
      double[] p = params[j];
      double[] g = grads[j];
      for (int t = 0; t < p.length; t++) {
        p[t] -= lr * g[t];
      }
    }
    loss = oracle.evaluate(params, grads);
    return loss;
  }

  /**
   * @return copies of the current factors
   */
  public List<Mat> factors() {
    return Factors.toMats(Ops64.INSTANCE, arch, params);
  }

  /**
   * @return the current end-to-end matrix
   */
  public Mat product() {
    return Factors.product(factors());
  }
}
