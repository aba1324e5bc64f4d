package dmf.io.data;

import dmf.base.UserInputException;
import dmf.io.data.RatingsFormat.Column;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * (user, item) pairs to predict, read from CSV/TSV: a header naming the user and item columns
 * ({@code userId,movieId}, {@code user,item}, …), or no header and the first two columns. Other
 * columns are ignored; the separator is detected from the first line as for ratings files. Text is
 * read as bytes and decoded like ratings ids (UTF-8, else Latin-1), so ids match the model's.
 *
 * @param source the file
 * @param users the user id of each pair, in file order
 * @param items the item id of each pair
 * @param lines the line number of each pair
 */
public record Pairs(Path source, List<String> users, List<String> items, long[] lines) {

  /** Copies the lists. */
  public Pairs {
    users = List.copyOf(users);
    items = List.copyOf(items);
    lines = lines.clone();
  }

  /**
   * @param file the pairs file (plain or gzip)
   * @return the pairs
   * @throws UserInputException naming the file and line of a line without both columns
   */
  public static Pairs read(Path file) {
    List<String> us = new ArrayList<>();
    List<String> is = new ArrayList<>();
    List<Long> ln = new ArrayList<>();
    try (InputStream raw = Files.newInputStream(file);
        BufferedReader in =
            new BufferedReader(
                new InputStreamReader(CountingStream.open(raw), StandardCharsets.ISO_8859_1))) {
      LineFields f = new LineFields();
      byte[] sep = null;
      int cu = -1;
      int ci = -1;
      long no = 0;
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        no++;
        if (no == 1 && line.startsWith("\u00EF\u00BB\u00BF")) {
          line = line.substring(3);
        }
        if (line.isBlank()) {
          continue;
        }
        byte[] b = line.replace("\r", "").getBytes(StandardCharsets.ISO_8859_1);
        if (cu < 0) {
          String sepText = RatingsFormat.detectSeparator(line);
          sep =
              sepText.equals(RatingsFormat.WHITESPACE)
                  ? null
                  : sepText.getBytes(StandardCharsets.ISO_8859_1);
          f.split(b, 0, b.length, sep);
          List<String> names = new ArrayList<>();
          for (int k = 0; k < f.count; k++) {
            names.add(f.text(b, k));
          }
          int hu = HeaderColumns.find(names, Column.USER);
          int hi = HeaderColumns.find(names, Column.ITEM);
          if (hu >= 0 || hi >= 0) {
            if (hu < 0 || hi < 0) {
              throw new UserInputException(
                  file
                      + ":"
                      + no
                      + ": no "
                      + (hu < 0 ? "user" : "item")
                      + " column in the header "
                      + names);
            }
            cu = hu;
            ci = hi;
            continue;
          }
          cu = 0;
          ci = 1;
        }
        f.split(b, 0, b.length, sep);
        if (f.count <= Math.max(cu, ci)) {
          throw new UserInputException(
              file
                  + ":"
                  + no
                  + ": expected the user and item columns ("
                  + (Math.max(cu, ci) + 1)
                  + " fields), found "
                  + Math.max(f.count, 0));
        }
        if (f.to[cu] == f.from[cu] || f.to[ci] == f.from[ci]) {
          throw new UserInputException(file + ":" + no + ": empty user or item id");
        }
        us.add(f.text(b, cu));
        is.add(f.text(b, ci));
        ln.add(no);
      }
    } catch (NoSuchFileException ex) {
      throw new UserInputException(file + ": no such file");
    } catch (IOException ex) {
      throw new UserInputException(file + ": cannot read (" + ex.getMessage() + ")");
    }
    if (us.isEmpty()) {
      throw new UserInputException(file + ": no pairs");
    }
    return new Pairs(file, us, is, ln.stream().mapToLong(Long::longValue).toArray());
  }

  /**
   * @return the number of pairs
   */
  public int size() {
    return users.size();
  }
}
