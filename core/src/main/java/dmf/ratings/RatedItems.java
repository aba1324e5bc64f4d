package dmf.ratings;

import dmf.io.data.RatingsTable;
import java.util.Arrays;

/**
 * The items each user has rated, as sorted rows of a compressed sparse row layout: what {@code
 * recommend} leaves out, and what ranking metrics do not count as candidates. Immutable; the arrays
 * are shared, not copied.
 *
 * @param start user u's items are {@code items[start[u] .. start[u+1])}, length users + 1
 * @param items item indices, ascending within each user
 */
public record RatedItems(long[] start, int[] items) {

  /** Checks the layout. */
  public RatedItems {
    if (start.length == 0 || start[0] != 0 || start[start.length - 1] != items.length) {
      throw new IllegalArgumentException("bad rated-items layout");
    }
  }

  /**
   * @param users number of users (rows)
   * @param parts rating tables on the same id maps (their pairs are merged)
   * @return the rated items of every user
   */
  public static RatedItems of(int users, RatingsTable... parts) {
    long[] start = new long[users + 1];
    long total = 0;
    for (RatingsTable t : parts) {
      for (int u : t.users()) {
        start[u + 1]++;
      }
      total += t.size();
    }
    for (int u = 0; u < users; u++) {
      start[u + 1] += start[u];
    }
    int[] items = new int[Math.toIntExact(total)];
    long[] fill = Arrays.copyOf(start, users);
    for (RatingsTable t : parts) {
      int[] us = t.users();
      int[] is = t.items();
      for (int k = 0; k < us.length; k++) {
        items[(int) fill[us[k]]++] = is[k];
      }
    }
    long[] out = new long[users + 1];
    int w = 0;
    for (int u = 0; u < users; u++) {
      int s = (int) start[u];
      int e = (int) start[u + 1];
      Arrays.sort(items, s, e);
      for (int k = s; k < e; k++) {
        if (k == s || items[k] != items[k - 1]) {
          items[w++] = items[k];
        }
      }
      out[u + 1] = w;
    }
    return new RatedItems(out, w == items.length ? items : Arrays.copyOf(items, w));
  }

  /**
   * @return the number of users
   */
  public int users() {
    return start.length - 1;
  }

  /**
   * @param u a user index (users beyond the table have rated nothing)
   * @param i an item index
   * @return whether u rated i
   */
  public boolean rated(int u, int i) {
    if (u >= users()) {
      return false;
    }
    return Arrays.binarySearch(items, (int) start[u], (int) start[u + 1], i) >= 0;
  }

  /**
   * @param u a user index
   * @return how many items u rated
   */
  public int count(int u) {
    return u >= users() ? 0 : (int) (start[u + 1] - start[u]);
  }

  /**
   * @param u a user index
   * @return u's items, ascending (a copy)
   */
  public int[] of(int u) {
    return u >= users()
        ? new int[0]
        : Arrays.copyOfRange(items, (int) start[u], (int) start[u + 1]);
  }
}
