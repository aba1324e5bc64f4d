package dmf.baseline;

import dev.ludovic.netlib.lapack.LAPACK;
import dmf.base.RandomStreams;
import dmf.linalg.Backend;
import dmf.linalg.Mat;
import dmf.problem.CompletionProblem;
import dmf.problem.Generators;
import dmf.problem.Problem;
import dmf.problem.SolveObserver;
import dmf.problem.Solver;
import dmf.problem.SolverResult;
import dmf.problem.StopReason;
import dmf.settings.Setting;
import dmf.settings.Settings;
import dmf.settings.SettingsTable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.netlib.util.intW;

/**
 * Rank-k alternating least squares with L2 regularization, the recommender-system staple: minimize
 * Σ_Ω (u_iᵀv_j − b_ij)² + λ(‖U‖_F² + ‖V‖_F²), solving exactly for each row of U, then of V.
 *
 * @param rank k
 * @param lambda λ
 * @param tol stop when the objective's relative decrease is below this
 * @param maxIters sweeps at most
 * @param seed seed of the initial factors
 */
public record AlternatingLeastSquares(int rank, double lambda, double tol, int maxIters, long seed)
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

  /** The settings table. */
  public static final SettingsTable TABLE =
      SettingsTable.of("als", RANK, LAMBDA, TOL, MAX_ITERS, SEED);

  /** Validates through the table's bounds. */
  public AlternatingLeastSquares {
    RANK.parse(rank);
    LAMBDA.parse(lambda);
    TOL.parse(tol);
    MAX_ITERS.parse(maxIters);
  }

  /**
   * @param s settings of {@link #TABLE}
   * @return the solver
   */
  public static AlternatingLeastSquares from(Settings s) {
    return new AlternatingLeastSquares(
        s.get(RANK), s.get(LAMBDA), s.get(TOL), s.get(MAX_ITERS), s.get(SEED));
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
    int k = rank;
    Mat u = Generators.gaussian(k, p.rows(), 1 / Math.sqrt(k), RandomStreams.of(seed, "als-u"));
    Mat v = Generators.gaussian(k, p.cols(), 1 / Math.sqrt(k), RandomStreams.of(seed, "als-v"));
    List<List<Integer>> byRow = index(p.rowIdx(), p.rows());
    List<List<Integer>> byCol = index(p.colIdx(), p.cols());
    double prev = Double.POSITIVE_INFINITY;
    StopReason stop = StopReason.MAX_ITERS;
    int it = 0;
    for (; it < maxIters; it++) {
      update(u, v, byRow, p.colIdx(), p.values());
      update(v, u, byCol, p.rowIdx(), p.values());
      double obj = objective(p, u, v);
      if (Double.isFinite(prev) && prev - obj <= tol * prev) {
        stop = StopReason.CONVERGED;
        it++;
        break;
      }
      prev = obj;
      observer.onProgress(it + 1, maxIters, obj, (System.nanoTime() - t0) * 1e-9);
      if (it + 1 < maxIters && observer.stopRequested()) {
        stop = StopReason.INTERRUPTED;
        it++;
        break;
      }
    }
    Mat x = Mat.multiply(u, true, v, false);
    double obj = objective(p, u, v);
    observer.onProgress(it, maxIters, obj, (System.nanoTime() - t0) * 1e-9);
    Map<String, Object> d = new LinkedHashMap<>();
    d.put("objective", obj);
    d.put("primal_residual", Completions.relativeResidual(p, x));
    return new SolverResult(x, stop, it, (System.nanoTime() - t0) * 1e-9, d);
  }

  private double objective(CompletionProblem p, Mat u, Mat v) {
    Mat x = Mat.multiply(u, true, v, false);
    double s = 0;
    for (int t = 0; t < p.values().length; t++) {
      double e = x.get(p.rowIdx()[t], p.colIdx()[t]) - p.values()[t];
      s += e * e;
    }
    double fu = u.frobeniusNorm();
    double fv = v.frobeniusNorm();
    return s + lambda * (fu * fu + fv * fv);
  }

  private static List<List<Integer>> index(int[] idx, int n) {
    List<List<Integer>> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(new ArrayList<>());
    }
    for (int t = 0; t < idx.length; t++) {
      out.get(idx[t]).add(t);
    }
    return out;
  }

  /** Each column a_i of {@code a} (k×n) ← (Σ_j b_j b_jᵀ + λI)⁻¹ Σ_j b_j·value. */
  private void update(Mat a, Mat b, List<List<Integer>> groups, int[] other, double[] values) {
    int k = a.rows();
    LAPACK lapack = Backend.get().lapack();
    double[] g = new double[k * k];
    double[] rhs = new double[k];
    intW info = new intW(0);
    for (int i = 0; i < groups.size(); i++) {
      java.util.Arrays.fill(g, 0);
      java.util.Arrays.fill(rhs, 0);
      for (int t : groups.get(i)) {
        int j = other[t];
        for (int q = 0; q < k; q++) {
          double bq = b.get(q, j);
          rhs[q] += bq * values[t];
          for (int s = 0; s < k; s++) {
            g[q + s * k] += bq * b.get(s, j);
          }
        }
      }
      for (int q = 0; q < k; q++) {
        g[q + q * k] += lambda;
      }
      lapack.dposv("L", k, 1, g, k, rhs, k, info);
      for (int q = 0; q < k; q++) {
        a.set(q, i, info.val == 0 ? rhs[q] : 0);
      }
    }
  }
}
