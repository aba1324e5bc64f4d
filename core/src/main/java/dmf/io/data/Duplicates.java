package dmf.io.data;

import java.util.Arrays;

/**
 * The duplicate rule of ratings files: when one user rates one item more than once, the rating with
 * the latest timestamp is kept (on equal timestamps, or with no timestamps, the later line); the
 * others are dropped and counted. Ratings are grouped by user in O(n) and the items of each user
 * sorted, so the check costs O(n log d) for users of degree d, with no object per rating.
 */
final class Duplicates {
  private Duplicates() {}

  /** What the rule dropped. */
  record Outcome(int kept, long dropped, int exampleUser, int exampleItem) {}

  /**
   * Drops the losing duplicates, compacting the arrays in place (file order kept).
   *
   * @param u user of each rating (rows 0..users−1)
   * @param i item of each rating
   * @param r ratings
   * @param t timestamps, or null
   * @param n ratings in use (arrays may be longer)
   * @param users number of users
   * @return how many were kept and dropped, with an example pair (−1 when none)
   */
  static Outcome resolve(int[] u, int[] i, float[] r, long[] t, int n, int users) {
    int[] start = new int[users + 1];
    for (int k = 0; k < n; k++) {
      start[u[k] + 1]++;
    }
    for (int k = 0; k < users; k++) {
      start[k + 1] += start[k];
    }
    int[] order = new int[n];
    int[] fill = Arrays.copyOf(start, users);
    for (int k = 0; k < n; k++) {
      order[fill[u[k]]++] = k;
    }
    boolean[] drop = null;
    long dropped = 0;
    int exUser = -1;
    int exItem = -1;
    long[] keys = new long[16];
    for (int user = 0; user < users; user++) {
      int s = start[user];
      int e = start[user + 1];
      if (e - s < 2) {
        continue;
      }
      if (keys.length < e - s) {
        keys = new long[Math.max(e - s, keys.length * 2)];
      }
      for (int k = s; k < e; k++) {
        keys[k - s] = (long) i[order[k]] << 32 | order[k];
      }
      Arrays.sort(keys, 0, e - s);
      for (int a = 0; a < e - s; ) {
        int b = a + 1;
        while (b < e - s && keys[b] >>> 32 == keys[a] >>> 32) {
          b++;
        }
        if (b - a > 1) {
          int win = (int) keys[a];
          for (int k = a + 1; k < b; k++) {
            int p = (int) keys[k];
            if (t == null || t[p] >= t[win]) {
              win = p;
            }
          }
          if (drop == null) {
            drop = new boolean[n];
            exUser = user;
            exItem = (int) (keys[a] >>> 32);
          }
          for (int k = a; k < b; k++) {
            drop[(int) keys[k]] = (int) keys[k] != win;
          }
          dropped += b - a - 1;
        }
        a = b;
      }
    }
    if (drop == null) {
      return new Outcome(n, 0, -1, -1);
    }
    int w = 0;
    for (int k = 0; k < n; k++) {
      if (!drop[k]) {
        u[w] = u[k];
        i[w] = i[k];
        r[w] = r[k];
        if (t != null) {
          t[w] = t[k];
        }
        w++;
      }
    }
    return new Outcome(w, dropped, exUser, exItem);
  }
}
