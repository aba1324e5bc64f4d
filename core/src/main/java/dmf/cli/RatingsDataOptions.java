package dmf.cli;

import dmf.base.UserInputException;
import dmf.io.data.RatingsCache;
import dmf.io.data.RatingsFormat;
import dmf.io.data.ReadRules;
import dmf.ratings.DataSource;
import java.nio.file.Path;
import java.util.Locale;
import picocli.CommandLine.Option;

/**
 * How to read a ratings file: the options {@code fit} and {@code evaluate} share (public for the
 * commands of plugins, as a picocli mixin).
 */
public final class RatingsDataOptions {
  @Option(names = "--data", required = true, description = "ratings file (plain or .gz)")
  Path data;

  @Option(
      names = "--format",
      defaultValue = "auto",
      description =
          "auto (separator and header from the first line; .dat = ml-1m), movielens (u.data),"
              + " movielens-csv, ml-1m (::), csv, tsv (default: ${DEFAULT-VALUE})")
  String format;

  @Option(
      names = "--separator",
      description = "field separator: , tab ; :: space, or any text (default: from --format)")
  String separator;

  @Option(
      names = "--columns",
      description =
          "role of each column in order: user,item,rating[,timestamp]; 'skip' for others"
              + " (default: from the header's names, else user,item,rating,timestamp)")
  String columns;

  @Option(
      names = "--header",
      description = "yes, no or auto: is the first line a header (default: from --format)")
  String header;

  @Option(
      names = "--skip-bad-lines",
      description = "count and skip unreadable lines instead of stopping at the first")
  boolean skipBadLines;

  @Option(names = "--rating-min", description = "smallest valid rating; below it a line is bad")
  Double ratingMin;

  @Option(names = "--rating-max", description = "largest valid rating; above it a line is bad")
  Double ratingMax;

  @Option(
      names = "--cache",
      defaultValue = "auto",
      description =
          "binary cache of the parsed file: auto (files ≥ 16 MB), on, off (default:"
              + " ${DEFAULT-VALUE})")
  String cache;

  @Option(
      names = "--cache-dir",
      description = "cache folder (default: $DMF_CACHE/ratings or ~/.cache/dmf/ratings)")
  Path cacheDir;

  /** For picocli. */
  public RatingsDataOptions() {}

  /**
   * @return where and how to read the ratings
   */
  public DataSource source() {
    RatingsFormat f = RatingsFormat.named(format);
    if (format.equalsIgnoreCase("auto") && data.getFileName().toString().endsWith(".dat")) {
      f = RatingsFormat.named("ml-1m");
    }
    if (separator != null) {
      f = f.withSeparator(separator);
    }
    if (header != null) {
      f = f.withHeader(Values.header(header));
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
        data,
        f,
        rules,
        RatingsCache.Mode.valueOf(Values.choice("--cache", cache, "auto", "on", "off")),
        cacheDir != null ? cacheDir : RatingsCache.defaultRoot());
  }

  /** Parsing of the small choices these options take. */
  static final class Values {
    private Values() {}

    static RatingsFormat.Header header(String s) {
      return RatingsFormat.Header.valueOf(choice("--header", s, "auto", "yes", "no"));
    }

    static String choice(String flag, String s, String... allowed) {
      String v = s.trim().toLowerCase(Locale.ROOT);
      for (String a : allowed) {
        if (a.equals(v)) {
          return v.toUpperCase(Locale.ROOT);
        }
      }
      throw new UserInputException(
          flag + ": expected one of " + String.join(", ", allowed) + ", got '" + s + "'");
    }
  }
}
