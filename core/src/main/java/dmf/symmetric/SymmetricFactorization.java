package dmf.symmetric;

import dmf.linalg.Mat;
import dmf.problem.Problem;
import dmf.problem.SolveObserver;
import dmf.problem.Solver;
import dmf.problem.SolverResult;
import dmf.problem.StopReason;
import java.util.Arrays;

/**
 * Gradient descent on the symmetric factorization X = UUᵀ (Gunasekar et al., 2017): minimizes f(U)
 * = (1/m)·Σ_i (⟨A_i, UUᵀ⟩ − y_i)², the MEAN squared residual as everywhere in dmf, over U ∈ ℝ^{n×k}
 * (k = n by default) by U ← U − η·∇f(U), with ∇f(U) = (2/m)·Σ_i r_i (A_i + A_iᵀ)·U; see {@link
 * SymmetricObjective}.
 *
 * <p>The step comes from a {@link StepRule}; U₀ from {@link SymmetricInit}. The run stops when f(U)
 * ≤ the loss threshold ("converged"), after the iteration budget ("max_iters"), after the time
 * limit ("time_limit"), when the observer asks ("interrupted"), when the gradient is exactly zero
 * ("stationary"), or when a step would produce NaN/Inf ("diverged"; the last finite U is kept,
 * never an exception). Deterministic for a fixed seed; never prints.
 */
public final class SymmetricFactorization implements Solver {

  private static final int REFRESH_EVERY = 64;
  private final SymmetricSettings settings;

  /**
   * @param settings the settings
   */
  public SymmetricFactorization(SymmetricSettings settings) {
    this.settings = settings;
  }

  /**
   * @return the settings
   */
  public SymmetricSettings settings() {
    return settings;
  }

  @Override
  public String name() {
    return "symmetric";
  }

  @Override
  public SolverResult solve(Problem problem, SolveObserver observer) {
    return run(problem, observer).toSolverResult();
  }

  /**
   * @param problem a square sensing or completion problem (Input)
   * @return the outcome
   */
  public SymmetricResult run(Problem problem) {
    return run(problem, SolveObserver.NONE);
  }

  /**
   * Runs from the initialization the settings describe.
   *
   * @param problem a square sensing or completion problem (Input)
   * @param observer receives progress about every 0.2 s and may interrupt
   * @return the outcome
   */
  public SymmetricResult run(Problem problem, SolveObserver observer) {
    int n = problem.rows();
    SymmetricObjective objective = SymmetricObjective.of(problem);
    Mat u0 = settings.init().create(n, settings.widthFor(n), settings.initScale(), settings.seed());
    return run(objective, u0, observer);
  }

  /**
   * Runs from a given U₀ (its width overrides the settings' width; init settings are ignored).
   *
   * @param objective the objective
   * @param u0 the starting factor, n×k (Input, not modified)
   * @param observer receives progress about every 0.2 s and may interrupt
   * @return the outcome
   */
  public SymmetricResult run(SymmetricObjective objective, Mat u0, SolveObserver observer) {
    if (u0.rows() != objective.size()) {
      throw new IllegalArgumentException(
          "U0 has " + u0.rows() + " rows, the problem is " + objective.size());
    }
    long start = System.nanoTime();
    StopCheck stop =
        new StopCheck(
            settings.lossThreshold(),
            settings.maxIterations(),
            settings.timeLimitSeconds(),
            observer,
            start);
    Mat u = u0.copy();
    double[] r = objective.residuals(u);
    double loss = SymmetricObjective.meanSquare(r);
    double initialLoss = loss;
    History history = new History();
    history.add(0, loss);
    long it = 0;
    double lastStep = Double.NaN;
    StopReason reason;
    if (!Double.isFinite(loss) || !u.isFinite()) {
      reason = StopReason.DIVERGED;
    } else {
      while (true) {
        reason = stop.reason(it, loss);
        if (reason != null) {
          break;
        }
        Mat g = objective.gradient(u, r);
        if (!g.isFinite()) {
          reason = StopReason.DIVERGED;
          break;
        }
        if (g.frobeniusNorm() == 0) {
          reason = StopReason.STATIONARY;
          break;
        }
        Mat next;
        double[] nextR;
        double eta;
        if (settings.step() instanceof StepRule.Fixed f) {
          eta = f.eta();
          next = u.plusScaled(-eta, g);
          nextR = next.isFinite() ? objective.residuals(next) : null;
        } else {
          SymmetricObjective.Line line = objective.lineTerms(u, g.scale(-1.0), r);
          eta = stepSize(line.quartic());
          next = Double.isFinite(eta) ? u.plusScaled(-eta, g) : null;
          // the residual along the line is exact in t; refresh it now and then against drift
          nextR =
              next == null || !next.isFinite()
                  ? null
                  : (it + 1) % REFRESH_EVERY == 0 ? objective.residuals(next) : line.at(eta);
        }
        double nextLoss = nextR == null ? Double.NaN : SymmetricObjective.meanSquare(nextR);
        if (!Double.isFinite(nextLoss)) {
          reason = StopReason.DIVERGED;
          break;
        }
        u = next;
        r = nextR;
        loss = nextLoss;
        lastStep = eta;
        it++;
        if (it % settings.historyInterval() == 0) {
          history.add(it, loss);
        }
      }
    }
    if (history.lastIteration() != it) {
      history.add(it, loss);
    }
    stop.finish(it, loss);
    double seconds = (System.nanoTime() - start) * 1e-9;
    return new SymmetricResult(
        u,
        Mat.multiply(u, false, u, true),
        it,
        reason,
        seconds,
        initialLoss,
        loss,
        history.iterations(),
        history.losses(),
        lastStep);
  }

  /** The line-search step: the minimizer of the quartic over t ≥ 0, clipped if asked. */
  private double stepSize(Quartic q) {
    if (!q.isFinite()) {
      return Double.NaN;
    }
    double t = q.argminNonNegative();
    if (settings.step() instanceof StepRule.ClippedLineSearch c) {
      return Math.min(t, c.cap());
    }
    return t;
  }

  /** A growable (iteration, loss) log. */
  private static final class History {
    private long[] iterations = new long[64];
    private double[] losses = new double[64];
    private int size;

    void add(long iteration, double loss) {
      if (size == iterations.length) {
        iterations = Arrays.copyOf(iterations, 2 * size);
        losses = Arrays.copyOf(losses, 2 * size);
      }
      iterations[size] = iteration;
      losses[size] = loss;
      size++;
    }

    long lastIteration() {
      return iterations[size - 1];
    }

    long[] iterations() {
      return Arrays.copyOf(iterations, size);
    }

    double[] losses() {
      return Arrays.copyOf(losses, size);
    }
  }
}
