package dmf.io.data;

import java.util.Objects;

/**
 * How a ratings file is laid out: either headerless lines {@code user item rating [more...]} (as in
 * MovieLens {@code u.data}) or delimited text whose header names the user, item and rating columns
 * (as in MovieLens {@code ratings.csv}).
 *
 * @param header whether the first non-blank line is a header naming the columns
 * @param delimiter the field separator: a character, {@link #WHITESPACE} for runs of spaces and
 *     tabs, or {@link #AUTO} to pick comma, tab or semicolon from the header (header only)
 * @param fieldCount the exact number of fields per line when there is no header (at least 3, the
 *     first three being user, item and rating); 0 with a header, where the header sets it
 * @param userColumn the user column's name in the header (case-insensitive), null if no header
 * @param itemColumn the item column's name in the header (case-insensitive), null if no header
 * @param ratingColumn the rating column's name in the header (case-insensitive), null if no header
 */
public record RatingsFormat(
    boolean header,
    char delimiter,
    int fieldCount,
    String userColumn,
    String itemColumn,
    String ratingColumn) {

  /** Delimiter meaning "one or more spaces or tabs". */
  public static final char WHITESPACE = ' ';

  /** Delimiter meaning "detect comma, tab or semicolon from the header line". */
  public static final char AUTO = '\0';

  /** Checks that the fields fit together. */
  public RatingsFormat {
    if (header) {
      Objects.requireNonNull(userColumn, "userColumn");
      Objects.requireNonNull(itemColumn, "itemColumn");
      Objects.requireNonNull(ratingColumn, "ratingColumn");
      if (fieldCount != 0) {
        throw new IllegalArgumentException("fieldCount comes from the header; pass 0");
      }
    } else {
      if (userColumn != null || itemColumn != null || ratingColumn != null) {
        throw new IllegalArgumentException("column names need a header");
      }
      if (fieldCount < 3) {
        throw new IllegalArgumentException("need at least 3 fields, got " + fieldCount);
      }
      if (delimiter == AUTO) {
        throw new IllegalArgumentException("AUTO delimiter needs a header");
      }
    }
  }

  /**
   * The MovieLens 100K {@code u.data} layout: {@code user item rating timestamp}, separated by tabs
   * (or spaces), no header.
   *
   * @return the format
   */
  public static RatingsFormat movieLens() {
    return headerless('\t', 4);
  }

  /**
   * Lines of exactly {@code fieldCount} fields starting with user, item and rating, no header.
   *
   * @param delimiter the separator, or {@link #WHITESPACE}
   * @param fieldCount the number of fields per line, at least 3
   * @return the format
   */
  public static RatingsFormat headerless(char delimiter, int fieldCount) {
    return new RatingsFormat(false, delimiter, fieldCount, null, null, null);
  }

  /**
   * Delimited text with a header, delimiter detected from the header line.
   *
   * @param userColumn e.g. {@code userId}
   * @param itemColumn e.g. {@code movieId}
   * @param ratingColumn e.g. {@code rating}
   * @return the format
   */
  public static RatingsFormat csv(String userColumn, String itemColumn, String ratingColumn) {
    return csv(userColumn, itemColumn, ratingColumn, AUTO);
  }

  /**
   * Delimited text with a header and a given delimiter.
   *
   * @param userColumn e.g. {@code userId}
   * @param itemColumn e.g. {@code movieId}
   * @param ratingColumn e.g. {@code rating}
   * @param delimiter the separator, {@link #WHITESPACE} or {@link #AUTO}
   * @return the format
   */
  public static RatingsFormat csv(
      String userColumn, String itemColumn, String ratingColumn, char delimiter) {
    return new RatingsFormat(true, delimiter, 0, userColumn, itemColumn, ratingColumn);
  }
}
