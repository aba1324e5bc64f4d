package dmf.metrics;

import java.util.Arrays;

/** Functions of a spectrum σ_1 ≥ σ_2 ≥ … ≥ 0: norms and effective rank. */
public final class Spectrum {
  private Spectrum() {}

  /**
   * @return the nuclear norm Σσ_i
   */
  public static double nuclearNorm(double[] s) {
    double t = 0;
    for (double v : s) {
      t += v;
    }
    return t;
  }

  /**
   * Effective rank of Roy and Vetterli (2007): exp(H(p)) with p_i = σ_i/Σσ and the Shannon entropy
   * H(p) = −Σ p_i log p_i (0·log 0 = 0).
   *
   * @param s singular values
   * @return a value in [1, len(s)], or 0 for the zero matrix
   */
  public static double effectiveRank(double[] s) {
    double total = nuclearNorm(s);
    if (!(total > 0)) {
      return 0.0;
    }
    double h = 0;
    for (double v : s) {
      double p = v / total;
      if (p > 0) {
        h -= p * Math.log(p);
      }
    }
    return Math.exp(h);
  }

  /**
   * @param s singular values
   * @param p exponent &gt; 0
   * @return Σσ_i^p (the quantity the official code logs as Schatten_norm with p = 2/N)
   */
  public static double schattenPower(double[] s, double p) {
    double t = 0;
    for (double v : s) {
      if (v > 0) {
        t += Math.pow(v, p);
      }
    }
    return t;
  }

  /**
   * @param s singular values
   * @param p exponent &gt; 0
   * @return the Schatten-p (quasi-)norm (Σσ_i^p)^(1/p)
   */
  public static double schattenNorm(double[] s, double p) {
    return Math.pow(schattenPower(s, p), 1.0 / p);
  }

  /**
   * @param s singular values, descending
   * @param k how many
   * @return the first min(k, len) values
   */
  public static double[] top(double[] s, int k) {
    return Arrays.copyOf(s, Math.min(k, s.length));
  }
}
