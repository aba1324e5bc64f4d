package dmf.io.data;

import dmf.base.ProgressListener;
import java.nio.file.Path;
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
