package dmf.baseline;

import dmf.linalg.Mat;
import dmf.problem.CompletionProblem;
import dmf.problem.Problem;
import dmf.problem.SolveObserver;
import dmf.problem.Solver;
import dmf.problem.SolverResult;
import dmf.problem.StopReason;
import dmf.settings.Setting;
import dmf.settings.Settings;
import dmf.settings.SettingsTable;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Rank-k alternating least squares with L2 regularization, the recommender-system staple: minimize
 * Σ_Ω (u_iᵀv_j − b_ij)² + λ(‖U‖_F² + ‖V‖_F²), solving exactly for each row of U, then of V ({@link
 * BiasedAls}). With {@code als_weighted} λ is scaled by each row's count (ALS-WR, as Spark's ALS
 * does); with {@code als_biases} the model also fits μ and row and column biases. Both are off by
 * default, so results of earlier runs stay as they were; the ratings commands use both.
 *
 * @param rank k
 * @param lambda λ
 * @param tol stop when the objective's relative decrease is below this
 * @param maxIters sweeps at most
 * @param seed seed of the initial factors
 * @param weighted scale λ by each row's count
 * @param biases fit μ and row and column biases
 */
public record AlternatingLeastSquares(
    int rank, double lambda, double tol, int maxIters, long seed, boolean weighted, boolean biases)
    implements Solver {

  /** Rank k. */
  public static final Setting<Integer> RANK =
      Setting.ofInt("als_rank", 10, "rank k of the factors").min(1);

  /** Regularization λ. */
  public static final Setting<Double> LAMBDA =
      Setting.ofDouble("als_lambda", 0.1, "L2 regularization weight λ").min(0);

  /** Tolerance. */
  public static final Setting<Double> TOL =
      Setting.ofDouble("tol", 1e-9, "stop when the objective's relative decrease is below this")
          .min(0);

  /** Sweep budget. */
  public static final Setting<Integer> MAX_ITERS =
      Setting.ofInt("max_iters", 200, "sweeps at most").min(1);

  /** Seed. */
  public static final Setting<Long> SEED = Setting.ofLong("seed", 0, "seed of the initial factors");

  /** λ scaled by counts. */
  public static final Setting<Boolean> WEIGHTED =
      Setting.ofBoolean("als_weighted", false, "scale λ by each row's and column's count (ALS-WR)")
          .quietDefault();

  /** Biases. */
  public static final Setting<Boolean> BIASES =
      Setting.ofBoolean("als_biases", false, "also fit the mean and row and column biases")
          .quietDefault();

  /** The settings table. */
  public static final SettingsTable TABLE =
      SettingsTable.of("als", RANK, LAMBDA, TOL, MAX_ITERS, SEED, WEIGHTED, BIASES);

  /** Validates through the table's bounds. */
  public AlternatingLeastSquares {
    RANK.parse(rank);
    LAMBDA.parse(lambda);
    TOL.parse(tol);
    MAX_ITERS.parse(maxIters);
  }

  /**
   * Plain ALS (λ not weighted, no biases).
   *
   * @param rank k
   * @param lambda λ
   * @param tol relative-decrease tolerance
   * @param maxIters sweeps at most
   * @param seed seed of the initial factors
   */
  public AlternatingLeastSquares(int rank, double lambda, double tol, int maxIters, long seed) {
    this(rank, lambda, tol, maxIters, seed, false, false);
  }

  /**
   * @param s settings of {@link #TABLE}
   * @return the solver
   */
  public static AlternatingLeastSquares from(Settings s) {
    return new AlternatingLeastSquares(
        s.get(RANK),
        s.get(LAMBDA),
        s.get(TOL),
        s.get(MAX_ITERS),
        s.get(SEED),
        s.get(WEIGHTED),
        s.get(BIASES));
  }

  /**
   * @return the defaults of {@link #TABLE}: k 10, λ 0.1, tol 1e-9, 200 sweeps
   */
  public static AlternatingLeastSquares defaults() {
    return from(TABLE.defaults());
  }

  @Override
  public String name() {
    return "als";
  }

  @Override
  public SolverResult solve(Problem problem, SolveObserver observer) {
    CompletionProblem p = Completions.require(problem, "als");
    long t0 = System.nanoTime();
    BiasedAls als = new BiasedAls(p.rows(), p.cols(), p.rowIdx(), p.colIdx(), p.values());
    StopReason[] stop = {StopReason.MAX_ITERS};
    int[] done = {0};
    double[] prev = {Double.POSITIVE_INFINITY};
    BiasedAls.State s =
        als.fit(
            rank,
            lambda,
            weighted,
            biases,
            maxIters,
            seed,
            (sweep, state) -> {
              done[0] = sweep;
              double obj = objective(als, p, state);
              if (Double.isFinite(prev[0]) && prev[0] - obj <= tol * prev[0]) {
                stop[0] = StopReason.CONVERGED;
                return true;
              }
              prev[0] = obj;
              observer.onProgress(sweep, maxIters, obj, (System.nanoTime() - t0) * 1e-9);
              if (sweep < maxIters && observer.stopRequested()) {
                stop[0] = StopReason.INTERRUPTED;
                return true;
              }
              return false;
            });
    Mat x = product(s, p.rows(), p.cols(), biases);
    double obj = objective(als, p, s);
    observer.onProgress(done[0], maxIters, obj, (System.nanoTime() - t0) * 1e-9);
    Map<String, Object> d = new LinkedHashMap<>();
    d.put("objective", obj);
    d.put("primal_residual", Completions.relativeResidual(p, x));
    return new SolverResult(x, stop[0], done[0], (System.nanoTime() - t0) * 1e-9, d);
  }

  private static Mat product(BiasedAls.State s, int m, int n, boolean biases) {
    Mat x = Mat.multiply(s.u(), true, s.v(), false);
    if (biases) {
      for (int j = 0; j < n; j++) {
        for (int i = 0; i < m; i++) {
          x.set(i, j, x.get(i, j) + s.mean() + s.rowBias()[i] + s.colBias()[j]);
        }
      }
    }
    return x;
  }

  private double objective(BiasedAls als, CompletionProblem p, BiasedAls.State s) {
    if (weighted || biases) {
      return als.objective(s, lambda, weighted);
    }
    Mat x = Mat.multiply(s.u(), true, s.v(), false);
    double e2 = 0;
    for (int t = 0; t < p.values().length; t++) {
      double e = x.get(p.rowIdx()[t], p.colIdx()[t]) - p.values()[t];
      e2 += e * e;
    }
    double fu = s.u().frobeniusNorm();
    double fv = s.v().frobeniusNorm();
    return e2 + lambda * (fu * fu + fv * fv);
  }
}
