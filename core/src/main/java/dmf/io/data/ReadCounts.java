package dmf.io.data;

/**
 * What reading a ratings file found besides the ratings.
 *
 * @param lines lines read (blank lines and the header included)
 * @param skipped bad lines skipped (only when reading with skip-bad-lines)
 * @param firstSkipped the first skipped line's {@code FILE:LINE: problem}, or ""
 * @param duplicates ratings dropped because a later one rated the same (user, item) pair
 * @param firstDuplicate an example of a duplicated pair, or ""
 */
public record ReadCounts(
    long lines, long skipped, String firstSkipped, long duplicates, String firstDuplicate) {

  /** Counts of a table that was not read from a file. */
  public static final ReadCounts NONE = new ReadCounts(0, 0, "", 0, "");
}
