package dmf.baseline;

import dev.ludovic.netlib.lapack.LAPACK;
import dmf.base.RandomStreams;
import dmf.linalg.Backend;
import dmf.linalg.Mat;
import dmf.problem.Generators;
import java.util.Arrays;
import org.netlib.util.intW;

/**
 * Alternating least squares on sparse observations, with optional user and item biases and λ
 * optionally scaled by each row's count (ALS-WR, Zhou et al. 2008, as Spark's ALS does):
 *
 * <p>minimize Σ_Ω (b_ij − μ − β_i − γ_j − u_iᵀv_j)² + λ Σ_i c_i(‖u_i‖² + β_i²) + λ Σ_j c_j(‖v_j‖² +
 * γ_j²), with c = the row's count when weighted, else 1, and β, γ present only with biases.
 *
 * <p>Each sweep solves every row of U exactly (a (k+1)×(k+1) Cholesky solve with the bias as an
 * extra unknown against a constant feature), then every row of V. Observations are grouped by row
 * and column once, in primitive arrays.
 */
public final class BiasedAls {
  private final int m;
  private final int n;
  private final int[] rows;
  private final int[] cols;
  private final double[] values;
  private final int[][] byRow;
  private final int[][] byCol;

  /** The factors after a sweep: U (k×m), V (k×n), the biases (zero without biases) and μ. */
  public record State(Mat u, Mat v, double[] rowBias, double[] colBias, double mean) {}

  /** Sees the state after each sweep. */
  public interface SweepObserver {
    /**
     * @param sweep sweeps done (1-based)
     * @param state the current factors (copies the observer may keep)
     * @return true to stop
     */
    boolean onSweep(int sweep, State state);
  }

  /**
   * @param m rows
   * @param n columns
   * @param rows row of each observation (Input, not modified)
   * @param cols column of each observation (Input, not modified)
   * @param values the observations (Input, not modified)
   */
  public BiasedAls(int m, int n, int[] rows, int[] cols, double[] values) {
    this.m = m;
    this.n = n;
    this.rows = rows;
    this.cols = cols;
    this.values = values;
    this.byRow = group(rows, m);
    this.byCol = group(cols, n);
  }

  private static int[][] group(int[] idx, int count) {
    int[] c = new int[count];
    for (int x : idx) {
      c[x]++;
    }
    int[][] out = new int[count][];
    for (int i = 0; i < count; i++) {
      out[i] = new int[c[i]];
    }
    Arrays.fill(c, 0);
    for (int t = 0; t < idx.length; t++) {
      out[idx[t]][c[idx[t]]++] = t;
    }
    return out;
  }

  /**
   * Runs the sweeps from Gaussian factors of std 1/√k (streams "als-u" and "als-v" of the seed).
   *
   * @param rank k ≥ 1
   * @param lambda λ ≥ 0
   * @param weighted scale λ by each row's count
   * @param biases fit μ (the mean of the observations) and row and column biases
   * @param sweeps sweeps at most
   * @param seed seed of the initial factors
   * @param observer sees each sweep and may stop
   * @return the last state
   */
  public State fit(
      int rank,
      double lambda,
      boolean weighted,
      boolean biases,
      int sweeps,
      long seed,
      SweepObserver observer) {
    Mat u = Generators.gaussian(rank, m, 1 / Math.sqrt(rank), RandomStreams.of(seed, "als-u"));
    Mat v = Generators.gaussian(rank, n, 1 / Math.sqrt(rank), RandomStreams.of(seed, "als-v"));
    double[] bu = new double[m];
    double[] bv = new double[n];
    double mu = 0;
    if (biases) {
      for (double x : values) {
        mu += x;
      }
      mu /= values.length;
    }
    State s = new State(u, v, bu, bv, mu);
    for (int sweep = 1; sweep <= sweeps; sweep++) {
      update(u, bu, v, bv, byRow, cols, mu, lambda, weighted, biases);
      update(v, bv, u, bu, byCol, rows, mu, lambda, weighted, biases);
      s = new State(u, v, bu, bv, mu);
      if (observer.onSweep(sweep, copy(s))) {
        break;
      }
    }
    return s;
  }

  private static State copy(State s) {
    return new State(
        s.u().copy(), s.v().copy(), s.rowBias().clone(), s.colBias().clone(), s.mean());
  }

  /**
   * @param s a state
   * @param i a row
   * @param j a column
   * @return μ + β_i + γ_j + u_iᵀv_j
   */
  public static double predict(State s, int i, int j) {
    Mat u = s.u();
    Mat v = s.v();
    int k = u.rows();
    double d = s.mean() + s.rowBias()[i] + s.colBias()[j];
    for (int q = 0; q < k; q++) {
      d += u.data()[q + i * k] * v.data()[q + j * k];
    }
    return d;
  }

  /**
   * Σ_Ω (residual)² plus the penalty, the objective the sweeps decrease.
   *
   * @param s a state
   * @param lambda λ
   * @param weighted whether λ is scaled by counts
   * @return the objective
   */
  public double objective(State s, double lambda, boolean weighted) {
    double e2 = 0;
    for (int t = 0; t < values.length; t++) {
      double e = predict(s, rows[t], cols[t]) - values[t];
      e2 += e * e;
    }
    return e2
        + lambda
            * (penalty(s.u(), s.rowBias(), byRow, weighted)
                + penalty(s.v(), s.colBias(), byCol, weighted));
  }

  private static double penalty(Mat f, double[] b, int[][] groups, boolean weighted) {
    int k = f.rows();
    double p = 0;
    for (int i = 0; i < groups.length; i++) {
      double sq = b[i] * b[i];
      for (int q = 0; q < k; q++) {
        double x = f.data()[q + i * k];
        sq += x * x;
      }
      p += (weighted ? groups[i].length : 1) * sq;
    }
    return p;
  }

  /**
   * Each column a_i of {@code a} (k×count), with its bias when fitted, ← the least-squares solution
   * against the other side's columns (plus a constant feature for the bias).
   */
  private void update(
      Mat a,
      double[] aBias,
      Mat b,
      double[] bBias,
      int[][] groups,
      int[] other,
      double mu,
      double lambda,
      boolean weighted,
      boolean biases) {
    int k = a.rows();
    int d = biases ? k + 1 : k;
    LAPACK lapack = Backend.get().lapack();
    double[] g = new double[d * d];
    double[] rhs = new double[d];
    double[] x = new double[d];
    double[] bd = b.data();
    double[] ad = a.data();
    intW info = new intW(0);
    for (int i = 0; i < groups.length; i++) {
      Arrays.fill(g, 0);
      Arrays.fill(rhs, 0);
      for (int t : groups[i]) {
        int j = other[t];
        System.arraycopy(bd, j * k, x, 0, k);
        if (biases) {
          x[k] = 1;
        }
        double y = values[t] - mu - (biases ? bBias[j] : 0);
        for (int q = 0; q < d; q++) {
          double bq = x[q];
          rhs[q] += bq * y;
          for (int s = 0; s < d; s++) {
            g[q + s * d] += bq * x[s];
          }
        }
      }
      double reg = weighted ? lambda * groups[i].length : lambda;
      for (int q = 0; q < d; q++) {
        g[q + q * d] += reg;
      }
      lapack.dposv("L", d, 1, g, d, rhs, d, info);
      for (int q = 0; q < k; q++) {
        ad[q + i * k] = info.val == 0 ? rhs[q] : 0;
      }
      if (biases) {
        aBias[i] = info.val == 0 ? rhs[k] : 0;
      }
    }
  }
}
