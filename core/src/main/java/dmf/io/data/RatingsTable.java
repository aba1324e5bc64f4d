package dmf.io.data;

import dmf.base.UserInputException;
import dmf.problem.CompletionProblem;
import dmf.problem.Generators;
import java.nio.file.Path;
import java.util.SplittableRandom;

/**
 * Ratings with user and item ids remapped to 0-based rows and columns (ids sorted ascending). The
 * matrix is users × items over every distinct id in the file, also after {@link #sample}.
 *
 * @param source the file read
 * @param userIds original user id of each row, ascending
 * @param itemIds original item id of each column, ascending
 * @param rowIdx row of each rating
 * @param colIdx column of each rating
 * @param values the ratings
 * @param skipped lines skipped as unreadable (only when reading with skipBadLines)
 * @param firstSkipped the first skipped line's {@code FILE:LINE: message}, or ""
 */
public record RatingsTable(
    Path source,
    long[] userIds,
    long[] itemIds,
    int[] rowIdx,
    int[] colIdx,
    double[] values,
    int skipped,
    String firstSkipped) {

  /** Copies the arrays. */
  public RatingsTable {
    userIds = userIds.clone();
    itemIds = itemIds.clone();
    rowIdx = rowIdx.clone();
    colIdx = colIdx.clone();
    values = values.clone();
  }

  /**
   * @return the number of ratings
   */
  public int size() {
    return values.length;
  }

  /**
   * @return users (rows)
   */
  public int rows() {
    return userIds.length;
  }

  /**
   * @return items (columns)
   */
  public int cols() {
    return itemIds.length;
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
    int[] pick = Generators.samplePositions(size(), k, rng);
    int[] r = new int[k];
    int[] c = new int[k];
    double[] v = new double[k];
    for (int i = 0; i < k; i++) {
      r[i] = rowIdx[pick[i]];
      c[i] = colIdx[pick[i]];
      v[i] = values[pick[i]];
    }
    return new RatingsTable(source, userIds, itemIds, r, c, v, skipped, firstSkipped);
  }

  /**
   * @return the completion problem (no ground truth)
   */
  public CompletionProblem toCompletionProblem() {
    return new CompletionProblem(rows(), cols(), rowIdx, colIdx, values, null);
  }
}
