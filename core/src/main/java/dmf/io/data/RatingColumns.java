package dmf.io.data;

import dmf.base.MemoryBudget;
import dmf.base.UserInputException;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Growable primitive columns of ratings being read (user and item index, rating, timestamp), grown
 * by half when full, after checking the heap.
 */
final class RatingColumns {
  private final Path file;
  int n;
  int[] users;
  int[] items;
  float[] ratings;
  long[] times;

  RatingColumns(Path file, int capacity) {
    this.file = file;
    users = new int[capacity];
    items = new int[capacity];
    ratings = new float[capacity];
  }

  /** Starts recording timestamps (before the first rating). */
  void withTimes() {
    times = new long[ratings.length];
  }

  void add(int u, int i, float r, long t) {
    if (n == ratings.length) {
      grow();
    }
    users[n] = u;
    items[n] = i;
    ratings[n] = r;
    if (times != null) {
      times[n] = t;
    }
    n++;
  }

  private void grow() {
    long cap = Math.min((long) Integer.MAX_VALUE - 16, (long) ratings.length * 3 / 2 + 1024);
    if (cap <= ratings.length) {
      throw new UserInputException(file + ": more than " + ratings.length + " ratings");
    }
    MemoryBudget.require(
        MemoryBudget.bytes(cap, times != null ? 40 : 24), file + ": " + cap + " ratings");
    users = Arrays.copyOf(users, (int) cap);
    items = Arrays.copyOf(items, (int) cap);
    ratings = Arrays.copyOf(ratings, (int) cap);
    if (times != null) {
      times = Arrays.copyOf(times, (int) cap);
    }
  }

  /**
   * Renumbers users and items, e.g. from order of appearance to sorted order.
   *
   * @param userMap new index of each old user index
   * @param itemMap new index of each old item index
   */
  void renumber(int[] userMap, int[] itemMap) {
    for (int k = 0; k < n; k++) {
      users[k] = userMap[users[k]];
      items[k] = itemMap[items[k]];
    }
  }

  /**
   * @param source the file read
   * @param u user ids
   * @param i item ids
   * @param kept the first {@code kept} ratings are the table
   * @param counts what reading found
   * @return the table (arrays trimmed to length, copied only when longer)
   */
  RatingsTable table(Path source, IdIndex u, IdIndex i, int kept, ReadCounts counts) {
    return new RatingsTable(
        source,
        u,
        i,
        users.length == kept ? users : Arrays.copyOf(users, kept),
        items.length == kept ? items : Arrays.copyOf(items, kept),
        ratings.length == kept ? ratings : Arrays.copyOf(ratings, kept),
        times == null || times.length == kept ? times : Arrays.copyOf(times, kept),
        counts);
  }
}
