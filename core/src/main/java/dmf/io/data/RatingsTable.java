package dmf.io.data;

import dmf.base.UserInputException;
import dmf.problem.CompletionProblem;
import dmf.problem.Generators;
import java.nio.file.Path;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * Ratings with user and item ids mapped to dense rows and columns: the matrix is users × items over
 * every id of the maps, also for a {@link #subset}. At most one rating per (user, item) pair when
 * read from a file.
 *
 * <p>The arrays are shared, not copied, so that tables of tens of millions of ratings stay cheap;
 * nobody holding them may modify them.
 *
 * @param source the file read, or null
 * @param userIds the id of each row
 * @param itemIds the id of each column
 * @param users the row of each rating
 * @param items the column of each rating
 * @param ratings the ratings (float32: exact for ratings of up to seven significant digits)
 * @param timestamps the time of each rating, or null when the file has none
 * @param counts what reading found besides the ratings
 */
public record RatingsTable(
    Path source,
    IdIndex userIds,
    IdIndex itemIds,
    int[] users,
    int[] items,
    float[] ratings,
    long[] timestamps,
    ReadCounts counts) {

  /** Checks that the arrays agree in length and that every index is in range. */
  public RatingsTable {
    Objects.requireNonNull(userIds, "userIds");
    Objects.requireNonNull(itemIds, "itemIds");
    int n = ratings.length;
    if (users.length != n || items.length != n || timestamps != null && timestamps.length != n) {
      throw new IllegalArgumentException("rating arrays differ in length");
    }
    int m = userIds.size();
    int c = itemIds.size();
    for (int k = 0; k < n; k++) {
      if (users[k] < 0 || users[k] >= m || items[k] < 0 || items[k] >= c) {
        throw new IllegalArgumentException("rating " + k + " has an index out of range");
      }
    }
    counts = counts == null ? ReadCounts.NONE : counts;
  }

  /**
   * @return the number of ratings
   */
  public int size() {
    return ratings.length;
  }

  /**
   * @return users (rows)
   */
  public int rows() {
    return userIds.size();
  }

  /**
   * @return items (columns)
   */
  public int cols() {
    return itemIds.size();
  }

  /**
   * @return lines skipped as unreadable while reading
   */
  public long skipped() {
    return counts.skipped();
  }

  /**
   * @return the first skipped line's {@code FILE:LINE: problem}, or ""
   */
  public String firstSkipped() {
    return counts.firstSkipped();
  }

  /**
   * The ratings at some positions, same id maps (so the same matrix shape).
   *
   * @param positions indices into this table (Input, not modified)
   * @return the subset, in the order given
   */
  public RatingsTable subset(int[] positions) {
    int k = positions.length;
    int[] u = new int[k];
    int[] i = new int[k];
    float[] r = new float[k];
    long[] t = timestamps == null ? null : new long[k];
    for (int s = 0; s < k; s++) {
      int p = positions[s];
      u[s] = users[p];
      i[s] = items[p];
      r[s] = ratings[p];
      if (t != null) {
        t[s] = timestamps[p];
      }
    }
    return new RatingsTable(source, userIds, itemIds, u, i, r, t, counts);
  }

  /**
   * k ratings drawn uniformly without replacement (partial Fisher–Yates), same matrix shape.
   *
   * @param k how many, 1 ≤ k ≤ size
   * @param rng the random stream
   * @return the sample
   */
  public RatingsTable sample(int k, SplittableRandom rng) {
    if (k < 1 || k > size()) {
      throw new UserInputException(source + ": cannot sample " + k + " of " + size() + " ratings");
    }
    return subset(Generators.samplePositions(size(), k, rng));
  }

  /**
   * @return the ratings as a completion problem (no ground truth)
   */
  public CompletionProblem toCompletionProblem() {
    double[] v = new double[size()];
    for (int k = 0; k < v.length; k++) {
      v[k] = ratings[k];
    }
    return new CompletionProblem(rows(), cols(), users, items, v, null);
  }

  @Override
  public String toString() {
    return "RatingsTable[" + rows() + "x" + cols() + ", " + size() + " ratings]";
  }
}
