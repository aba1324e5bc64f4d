package dmf.theory;

import dmf.base.RandomStreams;
import dmf.base.Stats;
import dmf.deep.Architecture;
import dmf.deep.GradientDescentStepper;
import dmf.deep.InitScheme;
import dmf.deep.Initializer;
import dmf.linalg.Mat;
import dmf.linalg.Svd;
import dmf.linalg.SymEig;
import dmf.problem.Problem;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Numerical check of Theorem 3 (singular-value dynamics) and Lemma 3 (end-to-end dynamics) of Arora
 * et al. (2019) along a gradient-descent trajectory from a balanced initialization with a small
 * step.
 *
 * <p>At sampled steps t: the measured rate (σ_r(t+1) − σ_r(t))/η is compared with the average of
 * −N·(σ_r²)^(1−1/N)·⟨∇ℓ(W), u_r v_rᵀ⟩ at t and t+1; the measured update (W(t+1) − W(t))/η with the
 * average of −Σ_j (WWᵀ)^((j−1)/N)·∇ℓ(W)·(WᵀW)^((N−j)/N) at t and t+1.
 *
 * @param depth N
 * @param initScale init_scale of the balanced init
 * @param lr η
 * @param steps steps to take
 * @param every sample every this many steps
 * @param topK singular values to check
 * @param seed init seed
 */
public record Theorem3Check(
    int depth, double initScale, double lr, int steps, int every, int topK, long seed) {

  /**
   * One sampled step.
   *
   * @param step t
   * @param loss ℓ at t
   * @param sigma σ_1..σ_K at t
   * @param measured measured rates
   * @param predicted Theorem 3 rates
   * @param lemmaResidual ‖measured Ẇ − Lemma 3 Ẇ‖_F / ‖Lemma 3 Ẇ‖_F
   */
  public record Sample(
      long step,
      double loss,
      double[] sigma,
      double[] measured,
      double[] predicted,
      double lemmaResidual) {}

  /**
   * @param samples all samples
   * @param theorem3Median median over samples and r of |measured − predicted|/|predicted|
   * @param lemma3Median median Lemma 3 relative residual
   */
  public record Result(List<Sample> samples, double theorem3Median, double lemma3Median) {}

  /**
   * @param problem the problem
   * @return the samples and median residuals
   */
  public Result run(Problem problem) {
    Architecture arch = Architecture.of(problem.rows(), problem.cols(), depth, new int[0]);
    List<Mat> start =
        Initializer.create(
            arch, InitScheme.BALANCED, initScale, null, RandomStreams.of(seed, "init"));
    GradientDescentStepper gd = new GradientDescentStepper(problem, start);
    List<Sample> samples = new ArrayList<>();
    List<Double> t3 = new ArrayList<>();
    List<Double> l3 = new ArrayList<>();
    for (int t = 0; t < steps; t++) {
      if (t % every != 0) {
        gd.step(lr);
        continue;
      }
      double loss = gd.loss();
      Mat w0 = gd.product();
      Svd s0 = Svd.of(w0);
      Mat g0 = problem.gradient(w0);
      gd.step(lr);
      Mat w1 = gd.product();
      Svd s1 = Svd.of(w1);
      Mat g1 = problem.gradient(w1);
      int k = Math.min(topK, s0.s().length);
      double[] meas = new double[k];
      double[] pred = new double[k];
      for (int r = 0; r < k; r++) {
        meas[r] = (s1.s()[r] - s0.s()[r]) / lr;
        pred[r] = 0.5 * (rate(s0, g0, r) + rate(s1, g1, r));
        t3.add(Math.abs(meas[r] - pred[r]) / Math.abs(pred[r]));
      }
      Mat measuredW = w1.minus(w0).scale(1 / lr);
      Mat predictedW = lemma3(w0, g0).plusScaled(1, lemma3(w1, g1)).scale(0.5);
      double res = measuredW.minus(predictedW).frobeniusNorm() / predictedW.frobeniusNorm();
      l3.add(res);
      samples.add(new Sample(t, loss, Arrays.copyOf(s0.s(), k), meas, pred, res));
    }
    return new Result(samples, Stats.median(t3), Stats.median(l3));
  }

  private double rate(Svd svd, Mat grad, int r) {
    double sigma = svd.s()[r];
    Mat u = svd.u();
    Mat vt = svd.vt();
    double inner = 0;
    for (int j = 0; j < grad.cols(); j++) {
      double vj = vt.get(r, j);
      for (int i = 0; i < grad.rows(); i++) {
        inner += u.get(i, r) * grad.get(i, j) * vj;
      }
    }
    return -depth * Math.pow(sigma * sigma, 1 - 1.0 / depth) * inner;
  }

  /** −Σ_j (WWᵀ)^((j−1)/N)·G·(WᵀW)^((N−j)/N). */
  private Mat lemma3(Mat w, Mat g) {
    SymEig left = SymEig.of(Mat.multiply(w, false, w, true));
    SymEig right = SymEig.of(Mat.multiply(w, true, w, false));
    Mat sum = Mat.zeros(w.rows(), w.cols());
    for (int j = 1; j <= depth; j++) {
      Mat a = power(left, (j - 1.0) / depth);
      Mat b = power(right, (double) (depth - j) / depth);
      sum = sum.plusScaled(-1, a.times(g).times(b));
    }
    return sum;
  }

  private static Mat power(SymEig e, double p) {
    if (p == 0) {
      return Mat.identity(e.values().length);
    }
    return e.apply(l -> Math.pow(Math.max(l, 0), p));
  }
}
