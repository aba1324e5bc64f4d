package dmf.ratings;

import dmf.base.ProgressListener;
import dmf.io.data.Ratings;
import dmf.io.data.RatingsCache;
import dmf.io.data.RatingsFormat;
import dmf.io.data.RatingsTable;
import dmf.io.data.ReadRules;
import java.nio.file.Path;

/**
 * Where ratings come from and how to read them.
 *
 * @param file the ratings file (plain or gzip)
 * @param format its layout
 * @param rules bad lines and the declared rating range
 * @param cache when to use the binary cache
 * @param cacheRoot the cache's folder
 */
public record DataSource(
    Path file, RatingsFormat format, ReadRules rules, RatingsCache.Mode cache, Path cacheRoot) {

  /**
   * @param file a ratings file
   * @return the file with its layout guessed, strict rules and the default cache
   */
  public static DataSource of(Path file) {
    return new DataSource(
        file,
        Ratings.guess(file),
        ReadRules.STRICT,
        RatingsCache.Mode.AUTO,
        RatingsCache.defaultRoot());
  }

  /**
   * @param other another file
   * @return the same layout, rules and cache for another file (e.g. a test file)
   */
  public DataSource withFile(Path other) {
    return new DataSource(other, format, rules, cache, cacheRoot);
  }

  /**
   * @param listener progress of reading
   * @return the ratings
   */
  public RatingsTable load(ProgressListener listener) {
    return RatingsCache.load(file, format, rules, cache, cacheRoot, listener);
  }

  /**
   * @param fallback the range of the data, used when none was declared
   * @return the declared range, completed from {@code fallback}
   */
  public RatingRange range(RatingRange fallback) {
    double lo = Double.isNaN(rules.ratingMin()) ? fallback.min() : rules.ratingMin();
    double hi = Double.isNaN(rules.ratingMax()) ? fallback.max() : rules.ratingMax();
    return new RatingRange(Math.min(lo, hi), Math.max(lo, hi));
  }
}
