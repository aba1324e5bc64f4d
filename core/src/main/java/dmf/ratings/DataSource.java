package dmf.ratings;

import dmf.base.ProgressListener;
import dmf.base.UserInputException;
import dmf.io.data.Ratings;
import dmf.io.data.RatingsCache;
import dmf.io.data.RatingsFormat;
import dmf.io.data.RatingsTable;
import dmf.io.data.ReadRules;
import dmf.settings.Choice;
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
   * A source as a person gives it, every choice as text: {@code format} auto (separator and header
   * from the first line; a {@code .dat} file is ml-1m), movielens, movielens-csv, ml-1m, csv or
   * tsv; {@code header} yes, no or auto; {@code cache} auto, on or off. Null means "from the
   * format" for the separator, columns and header, "undeclared" for the rating bounds and the
   * default folder for the cache.
   *
   * @param file the ratings file
   * @param format the layout's name
   * @param separator the field separator, or null
   * @param columns the role of each column, e.g. "user,item,rating", or null
   * @param header whether the first line is a header, or null
   * @param skipBadLines count and skip unreadable lines instead of stopping at the first
   * @param ratingMin the smallest valid rating, or null
   * @param ratingMax the largest valid rating, or null
   * @param cache when to use the binary cache
   * @param cacheDir the cache folder, or null
   * @return the source
   * @throws UserInputException for an unknown format or choice
   */
  public static DataSource parse(
      Path file,
      String format,
      String separator,
      String columns,
      String header,
      boolean skipBadLines,
      Double ratingMin,
      Double ratingMax,
      String cache,
      Path cacheDir) {
    RatingsFormat f = RatingsFormat.named(format);
    if (format.equalsIgnoreCase("auto") && file.getFileName().toString().endsWith(".dat")) {
      f = RatingsFormat.named("ml-1m");
    }
    if (separator != null) {
      f = f.withSeparator(separator);
    }
    if (header != null) {
      f = f.withHeader(Choice.parse(RatingsFormat.Header.class, header, "--header"));
    }
    if (columns != null) {
      f = f.withColumns(columns);
    }
    ReadRules rules =
        new ReadRules(
            skipBadLines,
            ratingMin == null ? Double.NaN : ratingMin,
            ratingMax == null ? Double.NaN : ratingMax);
    return new DataSource(
        file,
        f,
        rules,
        Choice.parse(RatingsCache.Mode.class, cache, "--cache"),
        cacheDir != null ? cacheDir : RatingsCache.defaultRoot());
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
