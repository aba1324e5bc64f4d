package dmf.ratings;

import dmf.io.data.RatingsTable;
import java.util.Arrays;

/**
 * The part of a rating that needs no factors: r̂ = μ + b_u + b_i, with μ the global mean of the
 * training part and regularized user and item biases.
 *
 * <p>The biases minimize Σ (r_ui − μ − b_u − b_i)² + λ(Σ b_u² + Σ b_i²), found by exact alternating
 * minimization (each b_u, then each b_i, in closed form: b_u = Σ_i (r_ui − μ − b_i)/(λ + n_u)), as
 * Surprise's BaselineOnly does with ALS. A user or item with no rating gets bias 0. The arrays are
 * shared, not copied; nobody may modify them.
 *
 * @param mean μ
 * @param userBias b_u for every user index
 * @param itemBias b_i for every item index
 */
public record Offsets(double mean, double[] userBias, double[] itemBias) {

  /**
   * @param t the training part
   * @return μ only (zero biases)
   */
  public static Offsets globalMean(RatingsTable t) {
    return new Offsets(mean(t), new double[t.rows()], new double[t.cols()]);
  }

  /**
   * @param t the training part
   * @param lambda λ ≥ 0
   * @param sweeps alternations at most (stops earlier once no bias moves by 1e-9)
   * @return μ and the regularized biases
   */
  public static Offsets biases(RatingsTable t, double lambda, int sweeps) {
    double mu = mean(t);
    int[] u = t.users();
    int[] i = t.items();
    float[] r = t.ratings();
    double[] bu = new double[t.rows()];
    double[] bi = new double[t.cols()];
    int[] nu = new int[t.rows()];
    int[] ni = new int[t.cols()];
    for (int k = 0; k < r.length; k++) {
      nu[u[k]]++;
      ni[i[k]]++;
    }
    double[] su = new double[bu.length];
    double[] si = new double[bi.length];
    for (int s = 0; s < sweeps; s++) {
      Arrays.fill(su, 0);
      for (int k = 0; k < r.length; k++) {
        su[u[k]] += r[k] - mu - bi[i[k]];
      }
      double moved = solve(su, nu, lambda, bu);
      Arrays.fill(si, 0);
      for (int k = 0; k < r.length; k++) {
        si[i[k]] += r[k] - mu - bu[u[k]];
      }
      moved = Math.max(moved, solve(si, ni, lambda, bi));
      if (moved <= 1e-9) {
        break;
      }
    }
    return new Offsets(mu, bu, bi);
  }

  private static double solve(double[] sum, int[] count, double lambda, double[] b) {
    double moved = 0;
    for (int k = 0; k < b.length; k++) {
      double d = lambda + count[k];
      double v = d > 0 ? sum[k] / d : 0;
      moved = Math.max(moved, Math.abs(v - b[k]));
      b[k] = v;
    }
    return moved;
  }

  private static double mean(RatingsTable t) {
    double s = 0;
    for (float r : t.ratings()) {
      s += r;
    }
    return s / t.size();
  }

  /**
   * @param u a user index
   * @param i an item index
   * @return μ + b_u + b_i
   */
  public double value(int u, int i) {
    return mean + userBias[u] + itemBias[i];
  }

  /**
   * @param t ratings on the same id maps
   * @return each rating minus its offset, for the factors to fit
   */
  public double[] residuals(RatingsTable t) {
    double[] out = new double[t.size()];
    int[] u = t.users();
    int[] i = t.items();
    float[] r = t.ratings();
    for (int k = 0; k < out.length; k++) {
      out[k] = r[k] - value(u[k], i[k]);
    }
    return out;
  }
}
