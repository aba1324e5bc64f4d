package dmf.deep;

import dmf.base.RandomStreams;
import dmf.base.Workers;
import dmf.linalg.ChunkedGemm;
import dmf.linalg.Mat;
import dmf.linalg.Ops;
import dmf.optim.GradientOracle;
import dmf.optim.Optimizer;
import dmf.optim.Step;
import dmf.problem.CompletionProblem;
import dmf.problem.IterationRecord;
import dmf.problem.Problem;
import dmf.problem.SensingProblem;
import dmf.problem.SolveObserver;
import dmf.problem.Solver;
import dmf.problem.SolverResult;
import dmf.problem.StopReason;
import java.util.List;

/**
 * Deep matrix factorization W = W_N⋯W_1 trained by a first-order method from a small
 * initialization, with no explicit regularizer (Arora et al. 2019).
 *
 * <p>Each iteration follows the official protocol: evaluate the loss and gradients at the current
 * factors; log metrics when due; stop if the loss is at most the threshold (tested <em>before</em>
 * the step), the iteration or time budget is spent, or the observer asks; otherwise take one
 * optimizer step. A non-finite or exploding loss restores the factors of the previous iterate and
 * stops with reason {@code diverged}.
 */
public final class DeepMatrixFactorization implements Solver {
  /**
   * From this many observed entries on, completion runs on all cores over a blocked layout of Ω
   * ({@link BlockedPass}, {@link ChunkedGemm}); below, on one thread in the order of the serial
   * pass. Either way the result does not depend on the thread count.
   */
  public static final int BLOCKED_MIN = 1 << 18;

  private static final long PROGRESS_NANOS = 250_000_000L;
  private final TrainingConfig config;
  private final List<Mat> initialFactors;
  private final long startIteration;
  private final PassFactory passes;

  /**
   * @param config the settings
   * @param initialFactors the starting W_1..W_N, or null to draw them as {@code config} says
   */
  public DeepMatrixFactorization(TrainingConfig config, List<Mat> initialFactors) {
    this(config, initialFactors, 0, null);
  }

  private DeepMatrixFactorization(
      TrainingConfig config, List<Mat> initialFactors, long startIteration, PassFactory passes) {
    this.config = config;
    this.initialFactors = initialFactors == null ? null : List.copyOf(initialFactors);
    this.startIteration = startIteration;
    this.passes = passes;
  }

  /**
   * The same solver with the pass over Ω of completion problems (depth ≥ 2) supplied by {@code
   * passes} instead of the core's serial or blocked pass, e.g. one that runs on a cluster. The
   * memory check then leaves out the layout of Ω, which the supplier holds.
   *
   * @param passes the supplier, or null for the core's pass
   * @return the solver
   */
  public DeepMatrixFactorization withPass(PassFactory passes) {
    return new DeepMatrixFactorization(config, initialFactors, startIteration, passes);
  }

  /**
   * A run that continues a checkpoint: it starts from the saved factors and counts iterations from
   * the saved count (the iteration budget includes the iterations before the checkpoint). The
   * optimizer's running averages start afresh.
   *
   * @param factors the saved W_1..W_N
   * @param iteration the iteration they were saved at
   * @return the solver
   */
  public DeepMatrixFactorization resumingFrom(List<Mat> factors, long iteration) {
    if (iteration < 0) {
      throw new IllegalArgumentException("negative iteration " + iteration);
    }
    return new DeepMatrixFactorization(config, factors, iteration, passes);
  }

  /**
   * @param config the settings; factors are drawn from its init scheme and seed
   */
  public DeepMatrixFactorization(TrainingConfig config) {
    this(config, null);
  }

  @Override
  public String name() {
    return "dmf-depth" + config.depth();
  }

  @Override
  public SolverResult solve(Problem problem, SolveObserver observer) {
    return train(problem, observer).toSolverResult();
  }

  /**
   * @param problem the completion or sensing problem
   * @param observer receives progress and metrics
   * @return the final factors, product, stop reason and metrics
   */
  public TrainingResult train(Problem problem, SolveObserver observer) {
    Architecture arch = config.architecture(problem.rows(), problem.cols());
    TrainingMemory.require(problem, arch, config, passes == null);
    List<Mat> start =
        initialFactors != null
            ? initialFactors
            : Initializer.create(
                arch,
                config.init(),
                config.initScale(),
                null,
                RandomStreams.of(config.seed(), "init"));
    Factors.check(arch, start, initialFactors != null ? "initial factors" : "initializer");
    @SuppressWarnings("unchecked")
    Ops<Object> ops = (Ops<Object>) config.precision().ops();
    return run(ops, arch, problem, start, observer);
  }

  /**
   * Builds the objective over factor buffers on all cores: see {@link #objective(Ops, Architecture,
   * Problem, int)}.
   */
  static <B> GradientOracle<B> objective(Ops<B> ops, Architecture arch, Problem problem) {
    return objective(ops, arch, problem, 0);
  }

  /**
   * Builds the objective over factor buffers: the sparse completion path for depth ≥ 2 (serial
   * below {@link #BLOCKED_MIN} entries, blocked on {@code threads} threads from there), else the
   * dense path through W.
   */
  static <B> GradientOracle<B> objective(
      Ops<B> ops, Architecture arch, Problem problem, int threads) {
    if (problem instanceof CompletionProblem) {
      CompletionProblem c = (CompletionProblem) problem;
      if (arch.depth() >= 2 && c.observationCount() < BLOCKED_MIN) {
        return new SparseCompletionObjective<>(ops, arch, c);
      }
      if (arch.depth() >= 2) {
        Workers w = Workers.of(threads);
        SparsePass<B> pass =
            new BlockedPass<>(ops, arch.rows(), arch.cols(), arch.dims()[1], c.observations(), w);
        return new SparseCompletionObjective<>(ops, arch, pass, new ChunkedGemm<>(ops, w)::gemm);
      }
      return new DenseObjective<>(ops, arch, new CompletionLoss<>(ops, c));
    }
    return new DenseObjective<>(ops, arch, new SensingLoss<>(ops, (SensingProblem) problem));
  }

  private <B> TrainingResult run(
      Ops<B> ops, Architecture arch, Problem problem, List<Mat> start, SolveObserver observer) {
    int n = arch.depth();
    int[] sizes = arch.factorSizes();
    B[] params = Factors.toBuffers(ops, start);
    B[] grads = Factors.toBuffers(ops, start);
    B[] backup = Factors.toBuffers(ops, start);
    GradientOracle<B> oracle =
        passes != null && problem instanceof CompletionProblem c && arch.depth() >= 2
            ? new SparseCompletionObjective<>(
                ops, arch, passes.create(ops, c, arch.dims()[1]), ops::gemm)
            : objective(ops, arch, problem, config.threads());
    Optimizer<B> opt = Optimizers.create(config);
    opt.reset(ops, sizes);
    TrainingMetrics metrics = new TrainingMetrics(problem, n, config.topK(), config.metrics());
    long t0 = System.nanoTime();
    long nextProgress = t0 + PROGRESS_NANOS;
    long evals = 1;
    double loss = oracle.evaluate(params, grads);
    double limit = config.divergenceFactor() * Math.max(Math.abs(loss), Double.MIN_NORMAL);
    double stepSize = Double.NaN;
    double flowTime = 0;
    long t = startIteration;
    StopReason reason = Double.isFinite(loss) ? null : StopReason.DIVERGED;
    boolean interrupted = false;
    IterationRecord last = null;
    long loggedAt = -1;
    while (true) {
      if (reason == null) {
        if (loss <= config.lossThreshold()) {
          reason = StopReason.CONVERGED;
        } else if (t >= config.maxIters()) {
          reason = StopReason.MAX_ITERS;
        } else if (config.timeLimit() > 0
            && (System.nanoTime() - t0) * 1e-9 >= config.timeLimit()) {
          reason = StopReason.TIME_LIMIT;
        } else if (interrupted) {
          reason = StopReason.INTERRUPTED;
        }
      }
      // After an undone diverging step, iteration t may be logged already: one record each.
      if ((reason != null || t % config.logEvery() == 0) && t != loggedAt) {
        List<Mat> now = Factors.toMats(ops, arch, params);
        last =
            metrics.compute(
                t, seconds(t0), loss, now, gradNorms(ops, grads, sizes), stepSize, flowTime, evals);
        observer.onRecord(last);
        loggedAt = t;
        if (observer instanceof FactorObserver fo && fo.onFactors(t, now) && reason == null) {
          reason = StopReason.EARLY_STOPPED;
        }
        if (reason == null && !allFinite(ops, params, sizes)) {
          reason = StopReason.DIVERGED;
        }
      }
      if (reason != null) {
        break;
      }
      for (int j = 0; j < n; j++) {
        ops.copy(params[j], backup[j], sizes[j]);
      }
      Step step = opt.step(params, grads, loss, oracle);
      evals += step.evaluations();
      t++;
      double next;
      if (step.hasFreshGradient()) {
        next = step.freshLoss();
      } else {
        next = oracle.evaluate(params, grads);
        evals++;
      }
      if (!Double.isFinite(next) || next > limit) {
        for (int j = 0; j < n; j++) {
          ops.copy(backup[j], params[j], sizes[j]);
        }
        t--;
        loss = oracle.evaluate(params, grads);
        evals++;
        reason = StopReason.DIVERGED;
        continue;
      }
      loss = next;
      stepSize = step.stepSize();
      flowTime += stepSize;
      long now = System.nanoTime();
      if (now >= nextProgress) {
        nextProgress = now + PROGRESS_NANOS;
        observer.onProgress(t, config.maxIters(), loss, (now - t0) * 1e-9);
        interrupted = observer.stopRequested();
      }
    }
    List<Mat> factors = Factors.toMats(ops, arch, params);
    observer.onProgress(t, config.maxIters(), loss, seconds(t0));
    return new TrainingResult(
        factors,
        config.metrics().formsProduct(arch.rows(), arch.cols()),
        reason,
        t,
        evals,
        seconds(t0),
        last);
  }

  private static double seconds(long t0) {
    return (System.nanoTime() - t0) * 1e-9;
  }

  private static <B> double[] gradNorms(Ops<B> ops, B[] grads, int[] sizes) {
    double[] out = new double[grads.length];
    for (int j = 0; j < out.length; j++) {
      out[j] = Math.sqrt(ops.sumSquares(grads[j], sizes[j]));
    }
    return out;
  }

  private static <B> boolean allFinite(Ops<B> ops, B[] params, int[] sizes) {
    for (int j = 0; j < params.length; j++) {
      if (!ops.allFinite(params[j], sizes[j])) {
        return false;
      }
    }
    return true;
  }
}
