package dmf.spark.ml;

import static org.apache.spark.sql.functions.lit;

import dmf.base.UserInputException;
import dmf.io.data.Ratings;
import dmf.io.data.RatingsTable;
import dmf.ratings.ColdStart;
import dmf.ratings.FitInput;
import dmf.ratings.RatingRange;
import dmf.ratings.Split;
import dmf.ratings.Splits;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * A DataFrame's ratings as the core's fit input: the (user, item, rating[, validation]) columns are
 * gathered on the driver in the input's order, one compact chunk per partition (no object per
 * rating), made a table by the rules of dmf's readers ({@link Ratings#ofIds}: ids sorted and
 * numbered, duplicate pairs resolved to the later row), and divided into the training and
 * validation parts as {@code dmf fit} divides them ({@link Splits#none}), or by the indicator
 * column.
 */
final class RatingsInput {
  private RatingsInput() {}

  /** One partition's columns. */
  record Chunk(long[] users, long[] items, float[] ratings, boolean[] validation)
      implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  /**
   * @param data the input
   * @param p the estimator's parameters
   * @return what the core's estimator sees: training and validation parts, the training range, no
   *     prediction for cold pairs
   * @throws UserInputException for an input without ratings or, with an indicator column, without
   *     training rows or with repeated pairs
   */
  static FitInput read(Dataset<?> data, DeepFactorization p) {
    boolean indicator = p.isDefined(p.validationIndicatorCol());
    Column v = indicator ? data.col(p.getValidationIndicatorCol()) : lit(false);
    List<Chunk> chunks =
        data.select(
                IdColumns.ids(data, p.getUserCol()),
                IdColumns.ids(data, p.getItemCol()),
                IdColumns.ratings(data, p.getRatingCol()),
                v)
            .javaRDD()
            .mapPartitions(RatingsInput::chunk)
            .collect();
    int n = 0;
    for (Chunk c : chunks) {
      n += c.ratings.length;
    }
    if (n == 0) {
      throw new UserInputException("the input has no ratings");
    }
    long[] u = new long[n];
    long[] i = new long[n];
    float[] r = new float[n];
    boolean[] val = new boolean[n];
    int at = 0;
    for (Chunk c : chunks) {
      int len = c.ratings.length;
      System.arraycopy(c.users, 0, u, at, len);
      System.arraycopy(c.items, 0, i, at, len);
      System.arraycopy(c.ratings, 0, r, at, len);
      System.arraycopy(c.validation, 0, val, at, len);
      at += len;
    }
    RatingsTable t = Ratings.ofIds(u, i, r, null);
    Split s =
        indicator ? byIndicator(t, val) : Splits.none(t, p.getValidationFraction(), p.getSeed());
    return s.fitInput(RatingRange.of(s.train()), ColdStart.DROP, null);
  }

  private static Split byIndicator(RatingsTable t, boolean[] val) {
    if (t.size() != val.length) {
      throw new UserInputException(
          "with a validation indicator column, each (user, item) pair may appear once; "
              + t.counts().firstDuplicate());
    }
    List<Integer> fit = new ArrayList<>();
    List<Integer> held = new ArrayList<>();
    for (int k = 0; k < val.length; k++) {
      (val[k] ? held : fit).add(k);
    }
    if (fit.isEmpty()) {
      throw new UserInputException("the validation indicator column marks every row");
    }
    return new Split(
        t.subset(fit.stream().mapToInt(Integer::intValue).toArray()),
        t.subset(held.stream().mapToInt(Integer::intValue).toArray()),
        t.subset(new int[0]),
        "validation by indicator");
  }

  private static Iterator<Chunk> chunk(Iterator<Row> rows) {
    long[] us = new long[1024];
    long[] is = new long[1024];
    float[] rs = new float[1024];
    boolean[] vs = new boolean[1024];
    int n = 0;
    while (rows.hasNext()) {
      Row row = rows.next();
      if (n == rs.length) {
        int cap = 2 * n;
        us = Arrays.copyOf(us, cap);
        is = Arrays.copyOf(is, cap);
        rs = Arrays.copyOf(rs, cap);
        vs = Arrays.copyOf(vs, cap);
      }
      us[n] = row.getLong(0);
      is[n] = row.getLong(1);
      rs[n] = row.getFloat(2);
      vs[n] = !row.isNullAt(3) && row.getBoolean(3);
      n++;
    }
    return List.of(
            new Chunk(
                Arrays.copyOf(us, n),
                Arrays.copyOf(is, n),
                Arrays.copyOf(rs, n),
                Arrays.copyOf(vs, n)))
        .iterator();
  }
}
