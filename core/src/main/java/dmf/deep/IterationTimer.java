package dmf.deep;

import dmf.base.RandomStreams;
import dmf.linalg.Mat;
import dmf.linalg.Ops;
import dmf.optim.GradientOracle;
import dmf.optim.Optimizer;
import dmf.optim.Step;
import dmf.problem.CompletionProblem;
import dmf.problem.Problem;
import dmf.problem.SensingProblem;
import java.util.List;

/**
 * Measures the hot loop alone: one loss-and-gradient evaluation plus one optimizer step per
 * iteration, with no metrics, on the factors {@code config} initializes. Used by {@code dmf bench}.
 */
public final class IterationTimer {
  private IterationTimer() {}

  /**
   * @param problem the problem
   * @param config architecture, init, optimizer and precision
   * @param warmup untimed iterations first (JIT, caches)
   * @param minSeconds keep timing until at least this long has passed
   * @param minIterations and at least this many iterations
   * @return seconds per iteration
   */
  public static double secondsPerIteration(
      Problem problem, TrainingConfig config, int warmup, double minSeconds, int minIterations) {
    Loop loop = Loop.of(problem, config, config.architecture(problem.rows(), problem.cols()));
    double loss = loop.start();
    for (int i = 0; i < warmup; i++) {
      loss = loop.iterate(loss);
    }
    long t0 = System.nanoTime();
    long n = 0;
    while (n < minIterations || System.nanoTime() - t0 < minSeconds * 1e9) {
      loss = loop.iterate(loss);
      n++;
    }
    double s = (System.nanoTime() - t0) * 1e-9 / n;
    if (Double.isNaN(loss)) {
      throw new IllegalStateException("benchmark loss became NaN");
    }
    return s;
  }

  /**
   * Times each of {@code iterations} full-batch iterations (loss, all factor gradients, one
   * optimizer step) after {@code warmup} untimed ones, in wall time and in process CPU time.
   *
   * @param problem the problem
   * @param config architecture, init, optimizer, precision and threads
   * @param warmup untimed iterations first
   * @param iterations timed iterations
   * @return the set-up time and the per-iteration samples
   */
  public static Timing sample(Problem problem, TrainingConfig config, int warmup, int iterations) {
    Architecture arch = config.architecture(problem.rows(), problem.cols());
    TrainingMemory.require(problem, arch, config);
    long t0 = System.nanoTime();
    Loop loop = Loop.of(problem, config, arch);
    double setup = (System.nanoTime() - t0) * 1e-9;
    double loss = loop.start();
    double first = loss;
    for (int i = 0; i < warmup; i++) {
      loss = loop.iterate(loss);
    }
    double[] wall = new double[iterations];
    double[] cpu = new double[iterations];
    for (int i = 0; i < iterations; i++) {
      long w = System.nanoTime();
      long c = CpuClock.processNanos();
      loss = loop.iterate(loss);
      cpu[i] = (CpuClock.processNanos() - c) * 1e-9;
      wall[i] = (System.nanoTime() - w) * 1e-9;
    }
    return new Timing(setup, wall, cpu, first, loss);
  }

  /**
   * Per-iteration timings.
   *
   * @param setupSeconds building the objective (layout of Ω, buffers) and the initial factors
   * @param wallSeconds wall time of each timed iteration
   * @param cpuSeconds process CPU time of each timed iteration (all threads)
   * @param firstLoss the loss at the start
   * @param lastLoss the loss after the last timed iteration
   */
  public record Timing(
      double setupSeconds,
      double[] wallSeconds,
      double[] cpuSeconds,
      double firstLoss,
      double lastLoss) {}

  /** The hot loop's state: the factors as buffers, their gradients, objective and optimizer. */
  private record Loop(
      Object[] params, Object[] grads, GradientOracle<Object> oracle, Optimizer<Object> opt) {
    static Loop of(Problem problem, TrainingConfig config, Architecture arch) {
      @SuppressWarnings("unchecked")
      Ops<Object> ops = (Ops<Object>) config.precision().ops();
      List<Mat> start =
          Initializer.create(
              arch,
              config.init(),
              config.initScale(),
              null,
              RandomStreams.of(config.seed(), "init"));
      GradientOracle<Object> oracle =
          DeepMatrixFactorization.objective(ops, arch, problem, config.threads());
      Optimizer<Object> opt = Optimizers.create(config);
      opt.reset(ops, arch.factorSizes());
      return new Loop(Factors.toBuffers(ops, start), Factors.toBuffers(ops, start), oracle, opt);
    }

    /** The loss (and gradients) at the start. */
    double start() {
      return oracle.evaluate(params, grads);
    }

    /** One optimizer step; the loss after it. */
    double iterate(double loss) {
      Step step = opt.step(params, grads, loss, oracle);
      return step.hasFreshGradient() ? step.freshLoss() : oracle.evaluate(params, grads);
    }
  }

  /**
   * The floating-point operations of one loss-and-gradient evaluation on the path the trainer
   * takes: 2mnk per GEMM, plus the sparse passes (6·|Ω|·d_1 for completion, 4·m·d·d' for the dense
   * sensing operator and its adjoint).
   *
   * @param problem the problem
   * @param arch the architecture
   * @return GEMM flops and total flops
   */
  public static double[] flopsPerEvaluation(Problem problem, Architecture arch) {
    int n = arch.depth();
    int[] d = arch.dims();
    double gemm = 0;
    double other;
    if (problem instanceof CompletionProblem && n >= 2) {
      int m = arch.rows();
      // T_j = W_jᵀT_{j+1}: d_{j-1}×m×d_j for j = N−1..2; Z_j = W_jZ_{j−1}: d_j×m×d_{j−1} for
      // j = 2..N−1; ∇W_j = T_{j+1}Z_{j−1}ᵀ: d_j×d_{j−1}×m for j = 2..N−1.
      for (int j = 2; j <= n - 1; j++) {
        gemm += 2.0 * d[j - 1] * m * d[j];
        gemm += 2.0 * d[j] * m * d[j - 1];
        gemm += 2.0 * d[j] * d[j - 1] * m;
      }
      other = 6.0 * problem.observationCount() * d[1];
    } else {
      int cols = d[0];
      for (int j = 2; j <= n; j++) {
        gemm += 2.0 * d[j] * cols * d[j - 1]; // forward prefix
      }
      for (int j = n; j >= 2; j--) {
        gemm += 2.0 * d[j] * d[j - 1] * cols; // ∇W_j = D·P_{j−1}ᵀ
        gemm += 2.0 * d[j - 1] * cols * d[j]; // D ← W_jᵀD
      }
      other =
          problem instanceof SensingProblem
              ? 4.0 * problem.observationCount() * arch.rows() * arch.cols()
              : 4.0 * problem.observationCount();
    }
    return new double[] {gemm, gemm + other};
  }
}
