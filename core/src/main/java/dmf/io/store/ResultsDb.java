package dmf.io.store;

import dmf.base.UserInputException;
import dmf.io.AtomicFiles;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

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
 *
 * <p>Failures are one line naming the file: a file that is not a dmf results database (another
 * program's SQLite file, a newer schema, a corrupt or empty file) is a {@link UserInputException};
 * a full disk ("no space left on device") or an I/O error is a {@link ResultsDbException}. Readers
 * ({@link #openReadOnly}) change nothing on disk.
 */
public final class ResultsDb implements AutoCloseable {
  /** Conventional file name of the database inside a results directory. */
  public static final String FILE_NAME = "results.db";

  /** How long a statement waits for another writer's lock before failing, in milliseconds. */
  public static final int BUSY_TIMEOUT_MS = 60_000;

  private static final String RUN_COLUMNS = ResultsSchema.RUN_COLUMNS;

  private final Path path;
  private final Connection conn;

  private ResultsDb(Path path, Connection conn) {
    this.path = path;
    this.conn = conn;
  }

  /**
   * Opens the database at {@code file} for writing, creating it, its parent directories and its
   * tables if needed (an empty file counts as a new database).
   *
   * @param file the database file, usually {@code <results dir>/results.db}
   * @return the open database; close it when done
   * @throws UserInputException if {@code file} is a directory, not a SQLite database, another
   *     program's database, corrupt, read-only, or has a newer schema than this dmf understands
   * @throws ResultsDbException if the database cannot be opened for another reason
   */
  public static ResultsDb open(Path file) {
    return new ResultsDb(file, Connections.writer(file));
  }

  /**
   * Opens an existing database for reading only; neither the file nor its folder changes.
   *
   * @param file the database file
   * @return the open database; its write methods fail
   * @throws UserInputException if {@code file} is missing, a directory, empty, not a SQLite
   *     database, another program's database, corrupt, or of a newer schema
   */
  public static ResultsDb openReadOnly(Path file) {
    return new ResultsDb(file, Connections.reader(file));
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
   * Stores one run's outcome in one transaction: its metric values replace all stored for the run
   * (those of an earlier, failed attempt included), and its row replaces the row with its id.
   *
   * @param run the run
   * @param metrics its metric values
   */
  public synchronized void store(RunRow run, List<MetricRow> metrics) {
    transaction(
        () -> {
          ResultsRows.deleteMetrics(conn, run.runId());
          ResultsRows.insertMetrics(conn, run.runId(), metrics);
          ResultsRows.insertRun(conn, run);
        },
        "store run " + run.runId());
  }

  /**
   * Inserts a run, or replaces the run with the same id.
   *
   * @param run the run
   */
  public synchronized void upsertRun(RunRow run) {
    transaction(() -> ResultsRows.insertRun(conn, run), "store run " + run.runId());
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
        () -> ResultsRows.insertMetrics(conn, runId, rows), "store metrics of run " + runId);
  }

  /**
   * All runs, ordered by creation time and then id.
   *
   * @return the runs
   */
  public synchronized List<RunRow> runs() {
    return runs(null);
  }

  /**
   * The runs of one sweep, ordered by creation time and then id.
   *
   * @param sweep the sweep name; null means all runs
   * @return the runs
   */
  public synchronized List<RunRow> runs(String sweep) {
    String sql =
        "SELECT "
            + RUN_COLUMNS
            + " FROM runs"
            + (sweep == null ? "" : " WHERE sweep = ?")
            + " ORDER BY created, run_id";
    return read(() -> ResultsRows.runs(conn, path, sql, sweep), "read runs");
  }

  /**
   * One run.
   *
   * @param runId the id
   * @return the run, or empty if there is none with that id
   */
  public synchronized Optional<RunRow> run(String runId) {
    String sql = "SELECT " + RUN_COLUMNS + " FROM runs WHERE run_id = ?";
    List<RunRow> found = read(() -> ResultsRows.runs(conn, path, sql, runId), "read runs");
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
    return run(runId).map(r -> RunRow.COMPLETED.equals(r.status())).orElse(false);
  }

  /**
   * The metric values of a run, ordered by iteration and then name.
   *
   * @param runId the run id
   * @return the values; empty if there are none
   */
  public synchronized List<MetricRow> metrics(String runId) {
    return read(() -> ResultsRows.metrics(conn, runId), "read metrics of run " + runId);
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
    String csv;
    synchronized (this) {
      csv = read(() -> ResultsRows.metricsCsv(conn, sweep), "read metrics");
    }
    AtomicFiles.writeString(out, csv);
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

  /** A block of JDBC work. */
  @FunctionalInterface
  private interface SqlWork {
    void run() throws SQLException;
  }

  /** A JDBC query. */
  @FunctionalInterface
  private interface SqlRead<T> {
    T run() throws SQLException;
  }

  private <T> T read(SqlRead<T> query, String what) {
    try {
      return query.run();
    } catch (SQLException e) {
      throw failure(what, e);
    }
  }

  /**
   * Runs the work in one transaction and reports the first failure: after some errors (a full disk)
   * SQLite ends the transaction by itself, and the commit or rollback that follows fails with a
   * message ("no transaction is active") that would hide the cause.
   */
  private void transaction(SqlWork work, String what) {
    SQLException first = null;
    try {
      conn.setAutoCommit(false);
      try {
        work.run();
        conn.commit();
      } catch (SQLException e) {
        first = e;
        rollbackQuietly(e);
      } catch (RuntimeException e) {
        rollbackQuietly(e);
        throw e;
      }
    } catch (SQLException e) {
      first = e;
    } finally {
      try {
        conn.setAutoCommit(true);
      } catch (SQLException e) {
        if (first == null) {
          first = e;
        } else {
          first.addSuppressed(e);
        }
      }
    }
    if (first != null) {
      throw failure(what, first);
    }
  }

  private void rollbackQuietly(Exception cause) {
    try {
      conn.rollback();
    } catch (SQLException e) {
      cause.addSuppressed(e);
    }
  }

  private RuntimeException failure(String what, SQLException e) {
    return SqlFaults.of(path, what, e);
  }
}
