package dmf.io.store;

import dmf.base.UserInputException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The tables of the results database: created by writers, checked by everyone, so that a SQLite
 * file of another program or of a newer dmf is refused with one line instead of being written into
 * or misread.
 */
final class ResultsSchema {
  /** The schema version, kept in SQLite's {@code user_version}. */
  static final int VERSION = 1;

  /** The columns of the runs table, in order. */
  static final String RUN_COLUMNS =
      "run_id, sweep, status, settings_json, summary_json, provenance_json, created";

  private static final Set<String> OWN = Set.of("runs", "metrics", "runs_sweep");

  private ResultsSchema() {}

  /**
   * Creates the tables of an empty database, or checks those of an existing one.
   *
   * @param conn an open writable connection
   * @param path the file, for messages
   * @throws SQLException when SQLite fails
   * @throws UserInputException for a database of another program or of a newer dmf
   */
  static void create(Connection conn, Path path) throws SQLException {
    int version = version(conn, path);
    if (version == VERSION) {
      check(conn, path);
      return;
    }
    List<String> foreign = new ArrayList<>(tables(conn));
    foreign.removeAll(OWN);
    if (!foreign.isEmpty()) {
      throw notOurs(path, "it holds table " + foreign.get(0));
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
      st.executeUpdate("PRAGMA user_version = " + VERSION);
      conn.commit();
    } catch (SQLException | RuntimeException e) {
      try {
        conn.rollback();
      } catch (SQLException ignored) {
        e.addSuppressed(ignored);
      }
      throw e;
    } finally {
      conn.setAutoCommit(true);
    }
    check(conn, path);
  }

  /**
   * Checks that the database holds dmf's tables at a version this dmf reads.
   *
   * @param conn an open connection
   * @param path the file, for messages
   * @throws SQLException when SQLite fails (e.g. a corrupt file)
   * @throws UserInputException for a database of another program or of a newer dmf
   */
  static void check(Connection conn, Path path) throws SQLException {
    int version = version(conn, path);
    Set<String> tables = Set.copyOf(tables(conn));
    if (version != VERSION || !tables.contains("runs") || !tables.contains("metrics")) {
      throw notOurs(path, tables.isEmpty() ? "it is empty" : "it has no dmf results tables");
    }
    try (Statement st = conn.createStatement()) {
      st.executeQuery("SELECT " + RUN_COLUMNS + " FROM runs LIMIT 0").close();
      st.executeQuery("SELECT run_id, iteration, name, value FROM metrics LIMIT 0").close();
    } catch (SQLException e) {
      if (String.valueOf(e.getMessage()).contains("no such column")) {
        throw notOurs(path, "its tables have other columns");
      }
      throw e;
    }
  }

  private static int version(Connection conn, Path path) throws SQLException {
    int version;
    try (Statement st = conn.createStatement();
        ResultSet rs = st.executeQuery("PRAGMA user_version")) {
      version = rs.next() ? rs.getInt(1) : 0;
    }
    if (version > VERSION) {
      throw new UserInputException(
          path
              + " has results schema version "
              + version
              + "; this dmf understands up to "
              + VERSION);
    }
    return version;
  }

  private static List<String> tables(Connection conn) throws SQLException {
    List<String> out = new ArrayList<>();
    try (Statement st = conn.createStatement();
        ResultSet rs =
            st.executeQuery(
                "SELECT name FROM sqlite_master WHERE type IN ('table', 'index', 'view')"
                    + " AND name NOT LIKE 'sqlite_%' ORDER BY name")) {
      while (rs.next()) {
        out.add(rs.getString(1));
      }
    }
    return out;
  }

  private static UserInputException notOurs(Path path, String why) {
    return new UserInputException(path + ": not a dmf results database (" + why + ")");
  }
}
