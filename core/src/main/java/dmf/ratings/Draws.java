package dmf.ratings;

import java.util.SplittableRandom;

/** Seeded draws without replacement. */
final class Draws {
  private Draws() {}

  /**
   * Partial Fisher–Yates: after the call {@code a[from .. from+k)} is a uniform random k-subset of
   * {@code a[from .. to)}, in random order.
   *
   * @param a the array, permuted in place
   * @param from the first position
   * @param to one past the last position
   * @param k how many to draw, at most to − from
   * @param rng the random stream
   */
  static void partialShuffle(int[] a, int from, int to, int k, SplittableRandom rng) {
    for (int j = 0; j < k; j++) {
      int r = from + j + rng.nextInt(to - from - j);
      int tmp = a[from + j];
      a[from + j] = a[r];
      a[r] = tmp;
    }
  }
}
