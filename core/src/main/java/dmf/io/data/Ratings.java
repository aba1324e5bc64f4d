package dmf.io.data;

import dmf.base.UserInputException;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads rating files: MovieLens {@code u.data} (user, item, rating, timestamp; tab-separated) or
 * delimited text with a header mapping. Bad lines are reported as {@code FILE:LINE: message};
 * duplicate (user, item) pairs with different ratings are an error naming both lines.
 */
public final class Ratings {
  private static final Pattern WS = Pattern.compile("[ \\t]+");

  private Ratings() {}

  /**
   * Reads strictly: the first bad line is an error.
   *
   * @param file the ratings file
   * @param format its layout
   * @return the table
   */
  public static RatingsTable read(Path file, RatingsFormat format) {
    return read(file, format, false);
  }

  /**
   * @param file the ratings file
   * @param format its layout
   * @param skipBadLines skip unreadable lines and later duplicates that conflict with an earlier
   *     rating (counted in the table) instead of failing; a malformed header is still an error
   * @return the table
   */
  public static RatingsTable read(Path file, RatingsFormat format, boolean skipBadLines) {
    int skipped = 0;
    String firstSkipped = "";
    int n = 0;
    long[] users = new long[1 << 16];
    long[] items = new long[1 << 16];
    double[] vals = new double[1 << 16];
    int[] lines = new int[1 << 16];
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      int lineNo = 0;
      int[] cols = null;
      char delim = format.delimiter();
      int fields = format.fieldCount();
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        lineNo++;
        String t = line.strip();
        if (t.isEmpty()) {
          continue;
        }
        if (format.header() && cols == null) {
          if (delim == RatingsFormat.AUTO) {
            delim =
                t.indexOf(',') >= 0
                    ? ','
                    : t.indexOf('\t') >= 0
                        ? '\t'
                        : t.indexOf(';') >= 0 ? ';' : RatingsFormat.WHITESPACE;
          }
          String[] h = split(t, delim);
          fields = h.length;
          cols =
              new int[] {
                column(h, format.userColumn(), file, lineNo),
                column(h, format.itemColumn(), file, lineNo),
                column(h, format.ratingColumn(), file, lineNo)
              };
          continue;
        }
        if (cols == null) {
          cols = new int[] {0, 1, 2};
        }
        if (n == users.length) {
          users = Arrays.copyOf(users, 2 * n);
          items = Arrays.copyOf(items, 2 * n);
          vals = Arrays.copyOf(vals, 2 * n);
          lines = Arrays.copyOf(lines, 2 * n);
        }
        try {
          String[] f = split(t, delim);
          if (f.length != fields) {
            throw new UserInputException(
                file + ":" + lineNo + ": expected " + fields + " fields, found " + f.length);
          }
          users[n] = id(f[cols[0]], "user id", file, lineNo);
          items[n] = id(f[cols[1]], "item id", file, lineNo);
          vals[n] = rating(f[cols[2]], file, lineNo);
        } catch (UserInputException ex) {
          if (!skipBadLines) {
            throw ex;
          }
          if (skipped++ == 0) {
            firstSkipped = ex.getMessage();
          }
          continue;
        }
        lines[n] = lineNo;
        n++;
      }
    } catch (NoSuchFileException ex) {
      throw new UserInputException(file + ": no such file");
    } catch (IOException ex) {
      throw new UserInputException(file + ": cannot read (" + ex.getMessage() + ")");
    }
    if (n == 0) {
      throw new UserInputException(file + ": no ratings");
    }
    long[] u = distinctSorted(users, n);
    long[] it = distinctSorted(items, n);
    int[] r = new int[n];
    int[] c = new int[n];
    double[] v = new double[n];
    int kept = 0;
    Map<Long, Integer> seen = new HashMap<>(2 * n);
    for (int k = 0; k < n; k++) {
      int row = Arrays.binarySearch(u, users[k]);
      int col = Arrays.binarySearch(it, items[k]);
      Integer prev = seen.putIfAbsent((long) row * it.length + col, k);
      if (prev != null && vals[prev] != vals[k]) {
        String msg =
            file
                + ":"
                + lines[k]
                + ": user "
                + users[k]
                + " rated item "
                + items[k]
                + " "
                + vals[k]
                + " but line "
                + lines[prev]
                + " says "
                + vals[prev];
        if (!skipBadLines) {
          throw new UserInputException(msg);
        }
        if (skipped++ == 0) {
          firstSkipped = msg;
        }
        continue;
      }
      if (prev != null) {
        continue; // the same rating twice: keep one
      }
      r[kept] = row;
      c[kept] = col;
      v[kept] = vals[k];
      kept++;
    }
    r = Arrays.copyOf(r, kept);
    c = Arrays.copyOf(c, kept);
    v = Arrays.copyOf(v, kept);
    return new RatingsTable(file, u, it, r, c, v, skipped, firstSkipped);
  }

  private static String[] split(String line, char delim) {
    return delim == RatingsFormat.WHITESPACE
        ? WS.split(line)
        : line.split(Pattern.quote(String.valueOf(delim)), -1);
  }

  private static int column(String[] header, String name, Path file, int line) {
    for (int i = 0; i < header.length; i++) {
      if (header[i].strip().replace("\"", "").equalsIgnoreCase(name)) {
        return i;
      }
    }
    throw new UserInputException(
        file + ":" + line + ": no column '" + name + "' in header " + Arrays.toString(header));
  }

  private static long id(String s, String what, Path file, int line) {
    try {
      long v = Long.parseLong(s.strip().replace("\"", ""));
      if (v < 0) {
        throw new UserInputException(file + ":" + line + ": " + what + " " + v + " is negative");
      }
      return v;
    } catch (NumberFormatException ex) {
      throw new UserInputException(
          file + ":" + line + ": " + what + " '" + s + "' is not an integer");
    }
  }

  private static double rating(String s, Path file, int line) {
    double v;
    try {
      v = Double.parseDouble(s.strip().replace("\"", ""));
    } catch (NumberFormatException ex) {
      throw new UserInputException(file + ":" + line + ": rating '" + s + "' is not a number");
    }
    if (!Double.isFinite(v)) {
      throw new UserInputException(file + ":" + line + ": rating is " + v);
    }
    return v;
  }

  private static long[] distinctSorted(long[] a, int n) {
    long[] s = Arrays.copyOf(a, n);
    Arrays.sort(s);
    int m = 0;
    for (int i = 0; i < n; i++) {
      if (i == 0 || s[i] != s[i - 1]) {
        s[m++] = s[i];
      }
    }
    return Arrays.copyOf(s, m);
  }

  /**
   * Picks the format from the file name: {@code .csv}/{@code .tsv} files with a header
   * (userId/movieId/rating unless given), anything else MovieLens {@code u.data}.
   *
   * @param file the file
   * @return the format
   */
  public static RatingsFormat guess(Path file) {
    String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return n.endsWith(".csv") || n.endsWith(".tsv")
        ? RatingsFormat.csv("userId", "movieId", "rating")
        : RatingsFormat.movieLens();
  }
}
