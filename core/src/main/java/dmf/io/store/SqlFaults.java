package dmf.io.store;

import dmf.base.UserInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * Turns SQLite failures into one-line errors that name the database and the cause: a file that is
 * not a results database or is corrupt is the user's input ({@link UserInputException}); a full
 * disk, an I/O error or a lock held too long is a fault of the machine ({@link
 * ResultsDbException}), worded "no space left on device" for a full disk.
 */
final class SqlFaults {
  /**
   * Below this many free bytes any other failure is taken for a full disk: SQLite reports a disk
   * that fills up while it maps its shared memory or extends a file as an I/O or SQL error.
   */
  private static final long NEARLY_FULL_BYTES = 1 << 20;

  private SqlFaults() {}

  /**
   * @param db the database file
   * @param what what failed, e.g. "store run 1a2b"
   * @param e the failure
   * @return the exception to throw
   */
  static RuntimeException of(Path db, String what, SQLException e) {
    int code = primaryCode(e);
    String detail = String.valueOf(e.getMessage());
    if (code == SQLiteErrorCode.SQLITE_NOTADB.code) {
      return new UserInputException(db + ": not a results database (not SQLite)", e);
    }
    if (code == SQLiteErrorCode.SQLITE_CORRUPT.code) {
      return new UserInputException(
          db
              + ": the results database is corrupt (database disk image is malformed); move it"
              + " away, and rerun the sweep to rebuild it from the run folders",
          e);
    }
    if (code == SQLiteErrorCode.SQLITE_FULL.code || nearlyFull(db)) {
      return new ResultsDbException(
          db + ": cannot " + what + ": no space left on device (" + brief(detail) + ")", e);
    }
    if (code == SQLiteErrorCode.SQLITE_READONLY.code
        || code == SQLiteErrorCode.SQLITE_PERM.code
        || code == SQLiteErrorCode.SQLITE_CANTOPEN.code) {
      return new UserInputException(
          db + ": cannot " + what + " (" + (writable(db) ? "cannot open" : "read-only") + ")", e);
    }
    if (busy(e)) {
      return new ResultsDbException(
          db
              + ": cannot "
              + what
              + ": locked by another program for more than "
              + ResultsDb.BUSY_TIMEOUT_MS / 1000
              + " s",
          e);
    }
    return new ResultsDbException(db + ": cannot " + what + ": " + brief(detail), e);
  }

  /**
   * @param e a failure
   * @return whether another connection held a lock (SQLITE_BUSY or SQLITE_LOCKED)
   */
  static boolean busy(SQLException e) {
    int code = primaryCode(e);
    return code == SQLiteErrorCode.SQLITE_BUSY.code || code == SQLiteErrorCode.SQLITE_LOCKED.code;
  }

  private static int primaryCode(SQLException e) {
    if (e instanceof SQLiteException s && s.getResultCode() != null) {
      return s.getResultCode().code & 0xff;
    }
    return e.getErrorCode() & 0xff;
  }

  /** The SQLite message without its "[SQLITE_X]" prefix and the repeated text in parentheses. */
  private static String brief(String message) {
    String m = message.replaceFirst("^\\[SQLITE_[A-Z_]+\\]\\s*", "");
    int p = m.indexOf(" (");
    return (p > 0 ? m.substring(0, p) : m).replace('\n', ' ');
  }

  private static boolean writable(Path db) {
    Path dir = db.toAbsolutePath().getParent();
    return Files.isWritable(dir) && (!Files.exists(db) || Files.isWritable(db));
  }

  private static boolean nearlyFull(Path db) {
    try {
      Path dir = db.toAbsolutePath().getParent();
      return Files.getFileStore(dir).getUsableSpace() < NEARLY_FULL_BYTES;
    } catch (IOException ex) {
      return false;
    }
  }
}
