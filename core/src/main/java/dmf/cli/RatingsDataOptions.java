package dmf.cli;

import dmf.ratings.DataSource;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * How to read a ratings file: the options of {@code fit} and {@code evaluate} (public for the
 * commands of plugins, as a picocli mixin).
 */
public final class RatingsDataOptions {
  /** For picocli. */
  public RatingsDataOptions() {}

  @Option(names = "--data", required = true, descriptionKey = "ratings.data")
  Path data;

  @Option(names = "--format", defaultValue = "auto", descriptionKey = "ratings.format")
  String format;

  @Option(names = "--separator", descriptionKey = "ratings.separator")
  String separator;

  @Option(names = "--columns", descriptionKey = "ratings.columns")
  String columns;

  @Option(names = "--header", descriptionKey = "ratings.header")
  String header;

  @Option(names = "--skip-bad-lines", descriptionKey = "ratings.skip-bad-lines")
  boolean skipBadLines;

  @Option(names = "--rating-min", descriptionKey = "ratings.rating-min")
  Double ratingMin;

  @Option(names = "--rating-max", descriptionKey = "ratings.rating-max")
  Double ratingMax;

  @Option(names = "--cache", defaultValue = "auto", descriptionKey = "ratings.cache")
  String cache;

  @Option(names = "--cache-dir", descriptionKey = "ratings.cache-dir")
  Path cacheDir;

  /**
   * @return where and how to read the ratings
   */
  public DataSource source() {
    return DataSource.parse(
        data,
        format,
        separator,
        columns,
        header,
        skipBadLines,
        ratingMin,
        ratingMax,
        cache,
        cacheDir);
  }
}
