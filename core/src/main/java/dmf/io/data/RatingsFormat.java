package dmf.io.data;

import dmf.base.UserInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How a ratings file is laid out: the field separator, whether the first line is a header, and the
 * role of each column.
 *
 * <p>Named layouts ({@link #named}): {@code movielens} (MovieLens 100K {@code u.data}: user, item,
 * rating, timestamp separated by tabs or spaces), {@code movielens-csv} (MovieLens {@code
 * ratings.csv}: a header {@code userId,movieId,rating,timestamp}), {@code ml-1m} (MovieLens 1M
 * {@code ratings.dat}: {@code ::}-separated), {@code csv} and {@code tsv} (any columns, header
 * detected), and {@code auto}, which detects the separator and the header from the first line.
 *
 * <p>Columns are found, in order of precedence: from {@code columns} (the role of each column of
 * the file, in order); else from the header's names ({@code userId}, {@code user_id}, {@code user},
 * …; {@code movieId}, {@code itemId}, {@code item}, {@code isbn}, …; {@code rating}, {@code score},
 * …; {@code timestamp}, {@code time}, …); else user, item, rating and, when there is a fourth
 * column, timestamp.
 *
 * @param name the layout's name, for messages and cache keys
 * @param separator the field separator: {@link #WHITESPACE} (runs of spaces and tabs), {@link
 *     #AUTO} (detected from the first line: {@code ::}, tab, comma, semicolon, else whitespace), or
 *     literal text such as {@code ,} {@code \t} {@code ;} {@code ::}; with a one-character
 *     separator, fields may be quoted with {@code "} (RFC 4180)
 * @param header whether the first non-blank line names the columns
 * @param columns the role of each column in order, or empty to find the columns as above
 */
public record RatingsFormat(String name, String separator, Header header, List<Column> columns) {

  /** Separator meaning one or more spaces or tabs. */
  public static final String WHITESPACE = " ";

  /** Separator meaning "detect from the first line". */
  public static final String AUTO = "auto";

  /** The names {@link #named} knows. */
  public static final List<String> NAMES =
      List.of("auto", "movielens", "movielens-csv", "ml-1m", "csv", "tsv");

  /** Whether the first non-blank line is a header. */
  public enum Header {
    /** A header when its rating field is not a number. */
    AUTO,
    /** Always a header. */
    YES,
    /** Never a header. */
    NO
  }

  /** The role of a column. */
  public enum Column {
    /** The user id. */
    USER,
    /** The item id. */
    ITEM,
    /** The rating, a number. */
    RATING,
    /** The time of the rating, an integer (e.g. seconds since 1970). */
    TIMESTAMP,
    /** A column to ignore. */
    SKIP
  }

  /** Validates: a separator, and columns naming user, item and rating once each. */
  public RatingsFormat {
    if (separator == null || separator.isEmpty()) {
      throw new UserInputException("the field separator is empty");
    }
    columns = List.copyOf(columns);
    if (!columns.isEmpty()) {
      for (Column c : Column.values()) {
        long k = columns.stream().filter(x -> x == c).count();
        if (c != Column.SKIP && k > 1) {
          throw new UserInputException("columns name " + label(c) + " " + k + " times");
        }
        if ((c == Column.USER || c == Column.ITEM || c == Column.RATING) && k == 0) {
          throw new UserInputException("columns " + columnsText(columns) + " lack " + label(c));
        }
      }
    }
  }

  /**
   * @param name one of {@link #NAMES}
   * @return the layout
   */
  public static RatingsFormat named(String name) {
    String n = name.trim().toLowerCase(Locale.ROOT);
    List<Column> uirt = List.of(Column.USER, Column.ITEM, Column.RATING, Column.TIMESTAMP);
    return switch (n) {
      case "auto" -> new RatingsFormat(n, AUTO, Header.AUTO, List.of());
      case "movielens", "u.data" -> new RatingsFormat("movielens", WHITESPACE, Header.NO, uirt);
      case "movielens-csv" -> new RatingsFormat(n, ",", Header.YES, List.of());
      case "ml-1m", "ml1m", "dat" -> new RatingsFormat("ml-1m", "::", Header.NO, uirt);
      case "csv" -> new RatingsFormat(n, ",", Header.AUTO, List.of());
      case "tsv" -> new RatingsFormat(n, "\t", Header.AUTO, List.of());
      default ->
          throw new UserInputException(
              "unknown ratings format '" + name + "' (known: " + String.join(", ", NAMES) + ")");
    };
  }

  /**
   * @return the MovieLens 100K {@code u.data} layout
   */
  public static RatingsFormat movieLens() {
    return named("movielens");
  }

  /**
   * @param sep the new separator: {@code tab}, {@code space}/{@code whitespace}, {@code auto} or
   *     literal text such as {@code ,} or {@code ::}
   * @return this layout with that separator
   */
  public RatingsFormat withSeparator(String sep) {
    String s =
        switch (sep.toLowerCase(Locale.ROOT)) {
          case "tab", "\\t" -> "\t";
          case "space", "whitespace" -> WHITESPACE;
          case "comma" -> ",";
          case "semicolon" -> ";";
          case "auto" -> AUTO;
          default -> sep;
        };
    return new RatingsFormat(name, s, header, columns);
  }

  /**
   * @param h the header rule
   * @return this layout with that rule
   */
  public RatingsFormat withHeader(Header h) {
    return new RatingsFormat(name, separator, h, columns);
  }

  /**
   * @param list roles in column order, e.g. {@code user,item,rating,timestamp} ({@code skip} or
   *     {@code -} for a column to ignore)
   * @return this layout with those columns
   */
  public RatingsFormat withColumns(String list) {
    List<Column> cols = new ArrayList<>();
    for (String s : list.split(",", -1)) {
      String t = s.trim().toLowerCase(Locale.ROOT);
      cols.add(
          switch (t) {
            case "user", "u" -> Column.USER;
            case "item", "i", "movie" -> Column.ITEM;
            case "rating", "r" -> Column.RATING;
            case "timestamp", "time", "t" -> Column.TIMESTAMP;
            case "skip", "-", "" -> Column.SKIP;
            default ->
                throw new UserInputException(
                    "--columns: unknown column role '"
                        + s.trim()
                        + "' (roles: user, item, rating, timestamp, skip)");
          });
    }
    return new RatingsFormat(name, separator, header, cols);
  }

  /**
   * @return a stable description of the layout, e.g. for a cache key
   */
  public String describe() {
    String sep =
        separator.equals("\t") ? "tab" : separator.equals(WHITESPACE) ? "whitespace" : separator;
    return name
        + " separator="
        + sep
        + " header="
        + header.name().toLowerCase(Locale.ROOT)
        + (columns.isEmpty() ? "" : " columns=" + columnsText(columns));
  }

  /**
   * @param firstLine the first non-blank line of a file
   * @return its separator: "::", tab, comma or semicolon when present (in that order), else {@link
   *     #WHITESPACE}
   */
  static String detectSeparator(String firstLine) {
    return firstLine.contains("::")
        ? "::"
        : firstLine.indexOf('\t') >= 0
            ? "\t"
            : firstLine.indexOf(',') >= 0 ? "," : firstLine.indexOf(';') >= 0 ? ";" : WHITESPACE;
  }

  static String label(Column c) {
    return c.name().toLowerCase(Locale.ROOT);
  }

  static String columnsText(List<Column> cols) {
    return String.join(",", cols.stream().map(RatingsFormat::label).toList());
  }
}
