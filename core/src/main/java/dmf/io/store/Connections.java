package dmf.io.store;

import dmf.base.UserInputException;
import dmf.io.AtomicFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import org.sqlite.SQLiteConfig;

/**
 * Opens SQLite connections to a results database: writers in WAL mode with a busy timeout and
 * {@code BEGIN IMMEDIATE} transactions, creating the file and its tables; readers read-only,
 * changing nothing on disk. Either checks the file's header before SQLite sees it and the tables
 * before anything is written, so another program's file is left as it was.
 */
final class Connections {
  private static final byte[] MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

  private Connections() {}

  /**
   * @param file the database file (created with its folder and tables when absent)
   * @return a writable connection
   */
  static Connection writer(Path file) {
    Path abs = file.toAbsolutePath();
    if (Files.isDirectory(abs)) {
      throw new UserInputException("results database " + file + " is a directory");
    }
    AtomicFiles.createDirectories(abs.getParent());
    if (Files.exists(abs)) {
      sqliteHeader(file, true);
      if (!Files.isWritable(abs)) {
        throw new UserInputException(file + ": read-only, cannot write the results database");
      }
    }
    SQLiteConfig config = new SQLiteConfig();
    config.setBusyTimeout(ResultsDb.BUSY_TIMEOUT_MS);
    config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
    config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
    return connect(file, config, "jdbc:sqlite:" + abs, true);
  }

  /**
   * A read-only connection. Neither the file nor its folder changes: a database that a finished
   * writer left in WAL mode has no -wal file, and SQLite would create one (and -shm) even for a
   * read-only connection, so such a file is opened as immutable.
   *
   * @param file an existing database file
   * @return a read-only connection
   */
  static Connection reader(Path file) {
    if (!Files.exists(file)) {
      throw new UserInputException(file + ": no results database");
    }
    if (!Files.isRegularFile(file)) {
      throw new UserInputException(file + ": not a results database (not a regular file)");
    }
    boolean wal = sqliteHeader(file, false);
    boolean immutable = wal && !Files.exists(Path.of(file + "-wal"));
    SQLiteConfig config = new SQLiteConfig();
    config.setReadOnly(true);
    config.setBusyTimeout(ResultsDb.BUSY_TIMEOUT_MS);
    String uri =
        "jdbc:sqlite:" + file.toAbsolutePath().toUri() + (immutable ? "?immutable=1" : "?mode=ro");
    return connect(file, config, uri, false);
  }

  private static Connection connect(Path file, SQLiteConfig config, String url, boolean writer) {
    Connection conn;
    try {
      conn = config.createConnection(url);
    } catch (SQLException e) {
      throw SqlFaults.of(file, "open the results database", e);
    }
    try {
      if (writer) {
        setUpWriter(conn, file);
      } else {
        ResultsSchema.check(conn, file);
      }
      return conn;
    } catch (SQLException e) {
      closeQuietly(conn, e);
      throw SqlFaults.of(file, writer ? "set up the results database" : "read the database", e);
    } catch (RuntimeException e) {
      closeQuietly(conn, e);
      throw e;
    }
  }

  /**
   * Creates or checks the schema, then switches to WAL mode (only once the file is known to be
   * ours: switching writes the file's header). Writers that open a new file at once can meet in
   * SQLite's deadlock case (one holds a shared lock and wants to write while another waits to
   * commit), where SQLite answers SQLITE_BUSY at once instead of waiting; the set-up is then tried
   * again, with a short pause, until {@link ResultsDb#BUSY_TIMEOUT_MS} have passed.
   */
  private static void setUpWriter(Connection conn, Path file) throws SQLException {
    long deadline = System.nanoTime() + ResultsDb.BUSY_TIMEOUT_MS * 1_000_000L;
    for (int attempt = 1; ; attempt++) {
      try {
        ResultsSchema.create(conn, file);
        try (Statement st = conn.createStatement()) {
          st.execute("PRAGMA journal_mode = WAL");
        }
        return;
      } catch (SQLException e) {
        if (!SqlFaults.busy(e) || System.nanoTime() > deadline) {
          throw e;
        }
        pause(Math.min(50, 2 * attempt), e);
      }
    }
  }

  private static void pause(long millis, SQLException cause) throws SQLException {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException ie) {
      Thread.currentThread().interrupt();
      throw cause;
    }
  }

  /**
   * Refuses a file that does not start with SQLite's header; an empty file is a new database for a
   * writer and an error for a reader.
   *
   * @return whether the file is a database in WAL mode
   */
  private static boolean sqliteHeader(Path file, boolean emptyIsNew) {
    byte[] head = new byte[100];
    int n;
    try (InputStream in = Files.newInputStream(file)) {
      n = in.readNBytes(head, 0, head.length);
    } catch (IOException e) {
      throw new UserInputException(file + ": cannot read (" + AtomicFiles.reason(e) + ")", e);
    }
    if (n == 0) {
      if (emptyIsNew) {
        return false;
      }
      throw new UserInputException(file + ": empty file, not a results database");
    }
    if (n < MAGIC.length || !Arrays.equals(Arrays.copyOf(head, MAGIC.length), MAGIC)) {
      throw new UserInputException(file + ": not a results database (not SQLite)");
    }
    return n >= 20 && head[18] == 2 && head[19] == 2;
  }

  static void closeQuietly(Connection conn, Exception cause) {
    try {
      conn.close();
    } catch (SQLException e) {
      cause.addSuppressed(e);
    }
  }
}
