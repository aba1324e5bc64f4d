package dmf.ratings;

import dmf.io.data.IdIndex;
import dmf.io.data.RatingsTable;
import dmf.io.data.ReadCounts;
import java.util.SplittableRandom;

/** Small planted rating tables for tests: r = 3 + b_u + b_i + (UVᵀ)_ui + noise, clipped to 1..5. */
final class Synthetic {
  private Synthetic() {}

  /**
   * @param m users
   * @param n items
   * @param count ratings (distinct pairs, uniformly drawn)
   * @param rank rank of the planted part
   * @param noise standard deviation of the noise
   * @param seed seed
   * @return the table, user ids 10u+3 and item ids "i" + i, timestamps increasing
   */
  static RatingsTable ratings(int m, int n, int count, int rank, double noise, long seed) {
    SplittableRandom rng = new SplittableRandom(seed);
    double[][] u = new double[m][rank];
    double[][] v = new double[n][rank];
    double[] bu = new double[m];
    double[] bi = new double[n];
    for (int a = 0; a < m; a++) {
      bu[a] = 0.3 * rng.nextGaussian();
      for (int q = 0; q < rank; q++) {
        u[a][q] = rng.nextGaussian() / Math.sqrt(rank);
      }
    }
    for (int b = 0; b < n; b++) {
      bi[b] = 0.3 * rng.nextGaussian();
      for (int q = 0; q < rank; q++) {
        v[b][q] = rng.nextGaussian();
      }
    }
    boolean[] used = new boolean[m * n];
    int[] us = new int[count];
    int[] is = new int[count];
    float[] rs = new float[count];
    long[] ts = new long[count];
    for (int k = 0; k < count; ) {
      int a = rng.nextInt(m);
      int b = rng.nextInt(n);
      if (used[a * n + b]) {
        continue;
      }
      used[a * n + b] = true;
      double x = 3 + bu[a] + bi[b] + noise * rng.nextGaussian();
      for (int q = 0; q < rank; q++) {
        x += u[a][q] * v[b][q];
      }
      us[k] = a;
      is[k] = b;
      rs[k] = (float) Math.max(1, Math.min(5, x));
      ts[k] = 1000 + k;
      k++;
    }
    long[] uid = new long[m];
    for (int a = 0; a < m; a++) {
      uid[a] = 10L * a + 3;
    }
    String[] iid = new String[n];
    for (int b = 0; b < n; b++) {
      iid[b] = "i" + (char) ('a' + b / 26 % 26) + (char) ('a' + b % 26);
    }
    return new RatingsTable(
        null, IdIndex.ofNumbers(uid), IdIndex.ofTexts(iid), us, is, rs, ts, ReadCounts.NONE);
  }
}
