package dmf.ratings;

import dmf.base.ProgressListener;
import dmf.base.UserInputException;
import dmf.io.data.Ratings;
import dmf.io.data.RatingsCache;
import dmf.io.data.RatingsFormat;
import dmf.io.data.RatingsTable;
import dmf.io.data.ReadRules;
import dmf.settings.Setting;
import dmf.settings.Settings;
import dmf.settings.SettingsTable;
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

  /** The file's layout. */
  public static final Setting<String> FORMAT =
      Setting.ofText(
          "format",
          RatingsFormat.AUTO,
          "auto (separator and header from the first line; .dat = ml-1m), movielens (u.data),"
              + " movielens-csv, ml-1m (::), csv, tsv");

  /** The field separator. */
  public static final Setting<String> SEPARATOR =
      Setting.ofText(
              "separator",
              "",
              "field separator: , tab ; :: space, or any text; none = the format's")
          .withDefault(null);

  /** The role of each column. */
  public static final Setting<String> COLUMNS =
      Setting.ofText(
              "columns",
              "",
              "role of each column in order: user,item,rating[,timestamp]; 'skip' for others"
                  + "; none = from the header's names, else user,item,rating,timestamp")
          .withDefault(null);

  /** Whether the first line is a header. */
  public static final Setting<RatingsFormat.Header> HEADER =
      Setting.ofEnum(
              "header",
              RatingsFormat.Header.class,
              RatingsFormat.Header.AUTO,
              "yes, no or auto: is the first line a header; none = the format's")
          .withDefault(null);

  /** Skip unreadable lines. */
  public static final Setting<Boolean> SKIP_BAD_LINES =
      Setting.ofBoolean(
          "skip_bad_lines",
          false,
          "count and skip unreadable lines instead of stopping at the first");

  /** The smallest valid rating. */
  public static final Setting<Double> RATING_MIN =
      Setting.ofDouble("rating_min", 0, "smallest valid rating; below it a line is bad")
          .withDefault(null);

  /** The largest valid rating. */
  public static final Setting<Double> RATING_MAX =
      Setting.ofDouble("rating_max", 0, "largest valid rating; above it a line is bad")
          .withDefault(null);

  /** When to use the binary cache. */
  public static final Setting<RatingsCache.Mode> CACHE =
      Setting.ofEnum(
          "cache",
          RatingsCache.Mode.class,
          RatingsCache.Mode.AUTO,
          "binary cache of the parsed file: auto (files ≥ 16 MB), on, off");

  /** The cache's folder. */
  public static final Setting<String> CACHE_DIR =
      Setting.ofText(
              "cache_dir", "", "cache folder; none = $DMF_CACHE/ratings or ~/.cache/dmf/ratings")
          .withDefault(null);

  /** How to read a ratings file: the one place of these settings' defaults. */
  public static final SettingsTable TABLE =
      SettingsTable.of(
          "data",
          FORMAT,
          SEPARATOR,
          COLUMNS,
          HEADER,
          SKIP_BAD_LINES,
          RATING_MIN,
          RATING_MAX,
          CACHE,
          CACHE_DIR);

  /**
   * A source as a person gives it. Settings without a value mean "from the format" for the
   * separator, columns and header, "undeclared" for the rating bounds and the default folder for
   * the cache.
   *
   * @param file the ratings file
   * @param s settings of {@link #TABLE}
   * @return the source
   * @throws UserInputException for an unknown format or a bad column list
   */
  public static DataSource of(Path file, Settings s) {
    String format = s.get(FORMAT);
    RatingsFormat f = RatingsFormat.named(format);
    if (format.equalsIgnoreCase("auto") && file.getFileName().toString().endsWith(".dat")) {
      f = RatingsFormat.named("ml-1m");
    }
    String sep = s.get(SEPARATOR);
    if (sep != null) {
      // A literal tab or space arrives trimmed to nothing: split at whitespace then.
      f = f.withSeparator(sep.isEmpty() ? "space" : sep);
    }
    if (s.get(HEADER) != null) {
      f = f.withHeader(s.get(HEADER));
    }
    if (s.get(COLUMNS) != null) {
      f = f.withColumns(s.get(COLUMNS));
    }
    Double lo = s.get(RATING_MIN);
    Double hi = s.get(RATING_MAX);
    ReadRules rules =
        new ReadRules(
            s.get(SKIP_BAD_LINES), lo == null ? Double.NaN : lo, hi == null ? Double.NaN : hi);
    String dir = s.get(CACHE_DIR);
    return new DataSource(
        file, f, rules, s.get(CACHE), dir != null ? Path.of(dir) : RatingsCache.defaultRoot());
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
