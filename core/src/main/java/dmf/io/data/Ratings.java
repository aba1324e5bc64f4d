package dmf.io.data;

import dmf.base.ProgressListener;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * Reads rating files: MovieLens {@code u.data}, MovieLens CSV with a header, {@code ::}-separated
 * MovieLens 1M, and any CSV/TSV with named columns (see {@link RatingsFormat}); gzip or not.
 *
 * <p>Rules: a bad line is an error {@code FILE:LINE: problem} unless bad lines are skipped (then
 * counted); when a user rated an item more than once the latest rating by timestamp is kept (the
 * later line on a tie or without timestamps) and the others are counted as duplicates; ids are
 * sorted, integers numerically, and numbered 0, 1, … in that order.
 */
public final class Ratings {
  private Ratings() {}

  /**
   * Reads strictly: the first bad line is an error.
   *
   * @param file the ratings file
   * @param format its layout
   * @return the table
   */
  public static RatingsTable read(Path file, RatingsFormat format) {
    return read(file, format, ReadRules.STRICT, ProgressListener.NONE);
  }

  /**
   * @param file the ratings file
   * @param format its layout
   * @param skipBadLines skip and count unreadable lines instead of failing
   * @return the table
   */
  public static RatingsTable read(Path file, RatingsFormat format, boolean skipBadLines) {
    return read(file, format, ReadRules.of(skipBadLines), ProgressListener.NONE);
  }

  /**
   * Reads the file itself, with no cache.
   *
   * @param file the ratings file
   * @param format its layout
   * @param rules bad lines and the declared rating range
   * @param listener progress
   * @return the table
   */
  public static RatingsTable read(
      Path file, RatingsFormat format, ReadRules rules, ProgressListener listener) {
    return new RatingsReader(file, format, rules, listener).read();
  }

  /**
   * A table of ratings given as columns of integer ids (for example a Spark DataFrame's), by the
   * rules of files: ids sorted numerically and numbered 0, 1, …; of the ratings of one (user, item)
   * pair the latest by timestamp is kept (the later row on a tie or without timestamps) and the
   * others are counted as duplicates.
   *
   * @param userIds the user id of each rating (Input, not modified)
   * @param itemIds the item id of each rating (Input, not modified)
   * @param ratings the ratings (Input, not modified)
   * @param times the time of each rating, or null (Input, not modified)
   * @return the table (no source file; its counts: rows given, duplicates dropped)
   */
  public static RatingsTable ofIds(long[] userIds, long[] itemIds, float[] ratings, long[] times) {
    int n = ratings.length;
    if (userIds.length != n || itemIds.length != n || times != null && times.length != n) {
      throw new IllegalArgumentException("rating columns differ in length");
    }
    long[] us = distinctSorted(userIds);
    long[] is = distinctSorted(itemIds);
    int[] u = new int[n];
    int[] i = new int[n];
    for (int k = 0; k < n; k++) {
      u[k] = Arrays.binarySearch(us, userIds[k]);
      i[k] = Arrays.binarySearch(is, itemIds[k]);
    }
    float[] r = ratings.clone();
    long[] t = times == null ? null : times.clone();
    Duplicates.Outcome d = Duplicates.resolve(u, i, r, t, n, us.length);
    String example =
        d.dropped() == 0
            ? ""
            : "user "
                + us[d.exampleUser()]
                + " rated item "
                + is[d.exampleItem()]
                + " more than once";
    int kept = d.kept();
    return new RatingsTable(
        null,
        IdIndex.wrap(us, null),
        IdIndex.wrap(is, null),
        Arrays.copyOf(u, kept),
        Arrays.copyOf(i, kept),
        Arrays.copyOf(r, kept),
        t == null ? null : Arrays.copyOf(t, kept),
        new ReadCounts(n, 0, "", d.dropped(), example));
  }

  private static long[] distinctSorted(long[] ids) {
    long[] s = ids.clone();
    Arrays.sort(s);
    int w = 0;
    for (int k = 0; k < s.length; k++) {
      if (k == 0 || s[k] != s[k - 1]) {
        s[w++] = s[k];
      }
    }
    return Arrays.copyOf(s, w);
  }

  /**
   * The layout for a file name: {@code ml-1m} for {@code .dat}, else {@code auto} (separator and
   * header detected from the first line), gzip suffixes ignored.
   *
   * @param file the file
   * @return the format
   */
  public static RatingsFormat guess(Path file) {
    String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (n.endsWith(".gz")) {
      n = n.substring(0, n.length() - 3);
    }
    return RatingsFormat.named(n.endsWith(".dat") ? "ml-1m" : "auto");
  }
}
