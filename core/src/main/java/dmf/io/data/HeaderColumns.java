package dmf.io.data;

import dmf.base.UserInputException;
import dmf.io.data.RatingsFormat.Column;
import dmf.io.data.RatingsFormat.Header;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Decides, from the first line of a ratings file, whether it is a header and where each column is.
 */
final class HeaderColumns {
  private static final Set<String> USER = Set.of("user", "userid", "uid", "users", "customerid");
  private static final Set<String> ITEM =
      Set.of(
          "item",
          "itemid",
          "movieid",
          "movie",
          "iid",
          "isbn",
          "asin",
          "productid",
          "bookid",
          "items");
  private static final Set<String> RATING =
      Set.of("rating", "ratings", "score", "stars", "ratingvalue", "bookrating", "value");
  private static final Set<String> TIME =
      Set.of("timestamp", "time", "ts", "date", "datetime", "unixtimestamp", "unixtime");

  private HeaderColumns() {}

  /**
   * The first line's verdict.
   *
   * @param header whether it is a header (to be skipped)
   * @param user the user column
   * @param item the item column
   * @param rating the rating column
   * @param timestamp the timestamp column, or −1
   */
  record Layout(boolean header, int user, int item, int rating, int timestamp) {}

  static Layout settle(RatingsFormat fmt, LineFields f, byte[] b, Path file, long line) {
    int count = f.count;
    List<String> names = new ArrayList<>();
    for (int k = 0; k < count; k++) {
      names.add(f.text(b, k));
    }
    int[] byName = {find(names, USER), find(names, ITEM), find(names, RATING), find(names, TIME)};
    boolean named = byName[0] >= 0 && byName[1] >= 0 && byName[2] >= 0;
    int[] roles;
    if (!fmt.columns().isEmpty()) {
      if (fmt.columns().size() != count) {
        throw new UserInputException(
            file
                + ":"
                + line
                + ": the line has "
                + count
                + " fields but the columns "
                + RatingsFormat.columnsText(fmt.columns())
                + " name "
                + fmt.columns().size());
      }
      roles =
          new int[] {
            fmt.columns().indexOf(Column.USER),
            fmt.columns().indexOf(Column.ITEM),
            fmt.columns().indexOf(Column.RATING),
            fmt.columns().indexOf(Column.TIMESTAMP)
          };
    } else {
      roles = null;
    }
    boolean header =
        switch (fmt.header()) {
          case YES -> true;
          case NO -> false;
          case AUTO -> {
            int rc = roles != null ? roles[2] : named ? byName[2] : Math.min(2, count - 1);
            yield named || Double.isNaN(Numbers.decimal(b, f.from[rc], f.to[rc]));
          }
        };
    if (roles == null) {
      if (header) {
        for (int r = 0; r < 3; r++) {
          if (byName[r] < 0) {
            throw new UserInputException(
                file
                    + ":"
                    + line
                    + ": no "
                    + RatingsFormat.label(Column.values()[r])
                    + " column in the header "
                    + names
                    + "; name the columns with --columns, e.g. user,item,rating,timestamp");
          }
        }
        roles = byName;
      } else if (count < 3) {
        throw new UserInputException(
            file
                + ":"
                + line
                + ": expected at least 3 fields (user, item, rating), found "
                + count
                + (fmt.header() == Header.NO ? "" : "; check the separator (--separator)"));
      } else {
        roles = new int[] {0, 1, 2, count >= 4 ? 3 : -1};
      }
    }
    return new Layout(header, roles[0], roles[1], roles[2], roles[3]);
  }

  /**
   * @param names the header's fields
   * @param role a column role
   * @return the index of the column whose name is an alias of the role, or −1
   */
  static int find(List<String> names, Column role) {
    return switch (role) {
      case USER -> find(names, USER);
      case ITEM -> find(names, ITEM);
      case RATING -> find(names, RATING);
      case TIMESTAMP -> find(names, TIME);
      case SKIP -> -1;
    };
  }

  private static int find(List<String> names, Set<String> aliases) {
    for (int k = 0; k < names.size(); k++) {
      String n = names.get(k).toLowerCase(Locale.ROOT).replace("_", "").replace(" ", "");
      if (n.startsWith("\uFEFF")) {
        n = n.substring(1);
      }
      if (aliases.contains(n)) {
        return k;
      }
    }
    return -1;
  }
}
