package dmf.io.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import dmf.base.UserInputException;
import dmf.io.AtomicFiles;
import dmf.io.JsonMaps;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sqlite.SQLiteConfig;

/**
 * The SQLite results database ({@code results.db}) that sits beside the per-run folders.
 *
 * <p>Tables: {@code runs(run_id TEXT PRIMARY KEY, sweep, status, settings_json, summary_json,
 * provenance_json, created)} with the maps of {@link RunRow} stored as JSON text (query them with
 * SQLite's {@code json_extract}), and {@code metrics(run_id, iteration, name, value)} keyed by
 * {@code (run_id, iteration, name)}.
 *
 * <p>Many threads and processes may use the same file at once: the database runs in WAL mode, waits
 * up to {@link #BUSY_TIMEOUT_MS} for locks, and writes in {@code BEGIN IMMEDIATE} transactions.
 * Each instance owns one connection and its methods are synchronized, so one instance may also be
 * shared between threads. Writes are idempotent: rows with an existing key replace the old ones.
 */
public final class ResultsDb implements AutoCloseable {
  /** Conventional file name of the database inside a results directory. */
  public static final String FILE_NAME = "results.db";

  /** How long a statement waits for another writer's lock before failing, in milliseconds. */
  public static final int BUSY_TIMEOUT_MS = 60_000;

  private static final int SCHEMA_VERSION = 1;
  private static final String RUN_COLUMNS =
      "run_id, sweep, status, settings_json, summary_json, provenance_json, created";

  private final Path path;
  private final Connection conn;

  private ResultsDb(Path path, Connection conn) {
    this.path = path;
    this.conn = conn;
  }

  /**
   * Opens the database at {@code file}, creating it, its parent directories and its tables if
   * needed.
   *
   * @param file the database file, usually {@code <results dir>/results.db}
   * @return the open database; close it when done
   * @throws UserInputException if {@code file} is a directory, not a SQLite database, or has a
   *     newer schema than this version of dmf understands
   * @throws ResultsDbException if the database cannot be opened for another reason
   */
  public static ResultsDb open(Path file) {
    Path abs = file.toAbsolutePath();
    if (Files.isDirectory(abs)) {
      throw new UserInputException("results database " + file + " is a directory");
    }
    try {
      Files.createDirectories(abs.getParent());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create directory for " + file + ": " + e, e);
    }
    SQLiteConfig config = new SQLiteConfig();
    config.setBusyTimeout(BUSY_TIMEOUT_MS);
    config.setJournalMode(SQLiteConfig.JournalMode.WAL);
    config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
    config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
    return connect(file, config, true);
  }

  /**
   * Opens an existing database for reading only: never creates a file or a table and never writes.
   * The database being in WAL mode, reading it never blocks a process that writes it at the same
   * time. Reads of a database whose tables a writer has not created yet fail with {@link
   * ResultsDbException}.
   *
   * @param file the database file
   * @return the open database; its write methods fail; close it when done
   * @throws UserInputException if {@code file} is not a regular file, not a SQLite database, or has
   *     a newer schema than this version of dmf understands
   * @throws ResultsDbException if the database cannot be opened for another reason
   */
  public static ResultsDb openReadOnly(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new UserInputException(file + ": no results database");
    }
    SQLiteConfig config = new SQLiteConfig();
    config.setReadOnly(true);
    config.setBusyTimeout(BUSY_TIMEOUT_MS);
    return connect(file, config, false);
  }

  /** Connects, then creates the tables (or only checks the schema version). */
  private static ResultsDb connect(Path file, SQLiteConfig config, boolean createTables) {
    Connection conn = null;
    try {
      conn = config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
      ResultsDb db = new ResultsDb(file, conn);
      if (createTables) {
        db.createSchema();
      } else {
        db.schemaVersion();
      }
      return db;
    } catch (SQLException e) {
      closeQuietly(conn);
      throw openFailure(file, e);
    } catch (RuntimeException e) {
      closeQuietly(conn);
      throw e;
    }
  }

  /**
   * Opens {@code resultsDir/results.db}, creating it as {@link #open} does.
   *
   * @param resultsDir the directory holding the per-run folders
   * @return the open database; close it when done
   */
  public static ResultsDb openIn(Path resultsDir) {
    return open(resultsDir.resolve(FILE_NAME));
  }

  /**
   * The file this database was opened from.
   *
   * @return the path given to {@link #open}
   */
  public Path path() {
    return path;
  }

  /**
   * Inserts a run, or replaces the run with the same id.
   *
   * @param run the run
   */
  public synchronized void upsertRun(RunRow run) {
    String settings = JsonMaps.write(run.settings());
    String summary = JsonMaps.write(run.summary());
    String provenance = JsonMaps.write(run.provenance());
    transaction(
        () -> {
          try (PreparedStatement st =
              conn.prepareStatement(
                  "INSERT OR REPLACE INTO runs ("
                      + RUN_COLUMNS
                      + ") VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            st.setString(1, run.runId());
            st.setString(2, run.sweep());
            st.setString(3, run.status());
            st.setString(4, settings);
            st.setString(5, summary);
            st.setString(6, provenance);
            st.setString(7, run.created());
            st.executeUpdate();
          }
        },
        "store run " + run.runId());
  }

  /**
   * Inserts metric values of a run in one transaction; a value with the same run, iteration and
   * name as a stored one replaces it.
   *
   * @param runId the run the values belong to (need not be stored yet)
   * @param rows the values
   */
  public synchronized void insertMetrics(String runId, List<MetricRow> rows) {
    if (rows.isEmpty()) {
      return;
    }
    transaction(
        () -> {
          try (PreparedStatement st =
              conn.prepareStatement(
                  "INSERT OR REPLACE INTO metrics (run_id, iteration, name, value) VALUES (?, ?, ?, ?)")) {
            for (MetricRow row : rows) {
              st.setString(1, runId);
              st.setLong(2, row.iteration());
              st.setString(3, row.name());
              if (Double.isNaN(row.value())) {
                st.setNull(4, Types.REAL); // SQLite stores NaN as NULL anyway
              } else {
                st.setDouble(4, row.value());
              }
              st.addBatch();
            }
            st.executeBatch();
          }
        },
        "store metrics of run " + runId);
  }

  /**
   * All runs, ordered by creation time and then id.
   *
   * @return the runs
   */
  public synchronized List<RunRow> runs() {
    return queryRuns("SELECT " + RUN_COLUMNS + " FROM runs ORDER BY created, run_id", null);
  }

  /**
   * The runs of one sweep, ordered by creation time and then id.
   *
   * @param sweep the sweep name; null means all runs
   * @return the runs
   */
  public synchronized List<RunRow> runs(String sweep) {
    if (sweep == null) {
      return runs();
    }
    return queryRuns(
        "SELECT " + RUN_COLUMNS + " FROM runs WHERE sweep = ? ORDER BY created, run_id", sweep);
  }

  /**
   * One run.
   *
   * @param runId the id
   * @return the run, or empty if there is none with that id
   */
  public synchronized Optional<RunRow> run(String runId) {
    List<RunRow> found = queryRuns("SELECT " + RUN_COLUMNS + " FROM runs WHERE run_id = ?", runId);
    return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
  }

  /**
   * Whether a run with this id is stored with status {@link RunRow#COMPLETED}; used to skip work
   * that is already done when a sweep resumes.
   *
   * @param runId the id
   * @return true if the run completed
   */
  public synchronized boolean hasCompletedRun(String runId) {
    try (PreparedStatement st =
        conn.prepareStatement("SELECT 1 FROM runs WHERE run_id = ? AND status = ?")) {
      st.setString(1, runId);
      st.setString(2, RunRow.COMPLETED);
      try (ResultSet rs = st.executeQuery()) {
        return rs.next();
      }
    } catch (SQLException e) {
      throw failure("look up run " + runId, e);
    }
  }

  /**
   * The metric values of a run, ordered by iteration and then name.
   *
   * @param runId the run id
   * @return the values; empty if there are none
   */
  public synchronized List<MetricRow> metrics(String runId) {
    List<MetricRow> out = new ArrayList<>();
    try (PreparedStatement st =
        conn.prepareStatement(
            "SELECT iteration, name, value FROM metrics"
                + " WHERE run_id = ? ORDER BY iteration, name")) {
      st.setString(1, runId);
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          out.add(new MetricRow(rs.getLong(1), rs.getString(2), readDouble(rs, 3)));
        }
      }
    } catch (SQLException e) {
      throw failure("read metrics of run " + runId, e);
    }
    return out;
  }

  /**
   * Writes one CSV row per run, atomically: columns {@code run_id, sweep, status, created}, then
   * {@code settings.KEY} and {@code summary.KEY} for the union of keys over the exported runs in
   * first-seen order (nested maps flattened with dots, lists as JSON, missing values empty).
   *
   * @param out the CSV file to create or replace
   * @param sweep only runs of this sweep; null for all runs
   */
  public void exportCsv(Path out, String sweep) {
    AtomicFiles.writeString(out, ResultsCsv.runs(runs(sweep)));
  }

  /**
   * Writes the metric values as long-format CSV ({@code run_id, iteration, name, value}),
   * atomically, ordered by run, iteration and name.
   *
   * @param out the CSV file to create or replace
   * @param sweep only runs of this sweep; null for all runs
   */
  public void exportMetricsCsv(Path out, String sweep) {
    AtomicFiles.writeString(out, metricsCsv(sweep));
  }

  /** Closes the connection; further calls fail. */
  @Override
  public synchronized void close() {
    try {
      conn.close();
    } catch (SQLException e) {
      throw failure("close", e);
    }
  }

  private synchronized String metricsCsv(String sweep) {
    String sql =
        "SELECT m.run_id, m.iteration, m.name, m.value FROM metrics m"
            + (sweep == null ? "" : " JOIN runs r ON r.run_id = m.run_id WHERE r.sweep = ?")
            + " ORDER BY m.run_id, m.iteration, m.name";
    StringBuilder csv = new StringBuilder("run_id,iteration,name,value\n");
    try (PreparedStatement st = conn.prepareStatement(sql)) {
      if (sweep != null) {
        st.setString(1, sweep);
      }
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          ResultsCsv.appendRow(
              csv,
              List.of(
                  rs.getString(1),
                  Long.toString(rs.getLong(2)),
                  rs.getString(3),
                  ResultsCsv.number(readDouble(rs, 4))));
        }
      }
    } catch (SQLException e) {
      throw failure("read metrics", e);
    }
    return csv.toString();
  }

  private List<RunRow> queryRuns(String sql, String param) {
    List<RunRow> out = new ArrayList<>();
    try (PreparedStatement st = conn.prepareStatement(sql)) {
      if (param != null) {
        st.setString(1, param);
      }
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          String id = rs.getString(1);
          try {
            out.add(
                new RunRow(
                    id,
                    rs.getString(2),
                    rs.getString(3),
                    JsonMaps.read(rs.getString(4)),
                    JsonMaps.read(rs.getString(5)),
                    JsonMaps.read(rs.getString(6)),
                    rs.getString(7)));
          } catch (JsonProcessingException e) {
            throw new UserInputException(
                path + ": run " + id + " has malformed JSON: " + e.getOriginalMessage(), e);
          }
        }
      }
    } catch (SQLException e) {
      throw failure("read runs", e);
    }
    return out;
  }

  /** The schema version; a newer one than this dmf knows is a user error. */
  private int schemaVersion() throws SQLException {
    try (Statement st = conn.createStatement();
        ResultSet rs = st.executeQuery("PRAGMA user_version")) {
      int version = rs.next() ? rs.getInt(1) : 0;
      if (version > SCHEMA_VERSION) {
        throw new UserInputException(
            path
                + " has results schema version "
                + version
                + "; this dmf understands up to "
                + SCHEMA_VERSION);
      }
      return version;
    }
  }

  private void createSchema() throws SQLException {
    if (schemaVersion() == SCHEMA_VERSION) {
      return;
    }
    conn.setAutoCommit(false);
    try (Statement st = conn.createStatement()) {
      st.executeUpdate(
          "CREATE TABLE IF NOT EXISTS runs (run_id TEXT PRIMARY KEY, sweep TEXT,"
              + " status TEXT, settings_json TEXT, summary_json TEXT, provenance_json TEXT,"
              + " created TEXT)");
      st.executeUpdate("CREATE INDEX IF NOT EXISTS runs_sweep ON runs (sweep)");
      st.executeUpdate(
          "CREATE TABLE IF NOT EXISTS metrics (run_id TEXT, iteration INTEGER,"
              + " name TEXT, value REAL, PRIMARY KEY (run_id, iteration, name))");
      st.executeUpdate("PRAGMA user_version = " + SCHEMA_VERSION);
      conn.commit();
    } catch (SQLException | RuntimeException e) {
      rollbackQuietly();
      throw e;
    } finally {
      conn.setAutoCommit(true);
    }
  }

  /** A block of JDBC work. */
  @FunctionalInterface
  private interface SqlWork {
    void run() throws SQLException;
  }

  private void transaction(SqlWork work, String what) {
    try {
      conn.setAutoCommit(false);
      try {
        work.run();
        conn.commit();
      } catch (SQLException | RuntimeException e) {
        rollbackQuietly();
        throw e;
      } finally {
        conn.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw failure(what, e);
    }
  }

  private static double readDouble(ResultSet rs, int column) throws SQLException {
    double v = rs.getDouble(column);
    return rs.wasNull() ? Double.NaN : v;
  }

  private void rollbackQuietly() {
    try {
      conn.rollback();
    } catch (SQLException ignored) {
      // The original failure is what matters.
    }
  }

  private ResultsDbException failure(String what, SQLException e) {
    return new ResultsDbException(
        "results database " + path + ": cannot " + what + ": " + e.getMessage(), e);
  }

  private static RuntimeException openFailure(Path file, SQLException e) {
    String msg = String.valueOf(e.getMessage());
    if (msg.contains("SQLITE_NOTADB") || msg.contains("not a database")) {
      return new UserInputException(file + " is not a results database (not SQLite)", e);
    }
    return new ResultsDbException("cannot open results database " + file + ": " + msg, e);
  }

  private static void closeQuietly(Connection conn) {
    if (conn == null) {
      return;
    }
    try {
      conn.close();
    } catch (SQLException ignored) {
      // Already failing.
    }
  }
}
