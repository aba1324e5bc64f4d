package dmf.io.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import dmf.base.UserInputException;
import dmf.io.JsonMaps;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;

/** The rows of the results database as SQL: inserts and queries on one connection. */
final class ResultsRows {
  private ResultsRows() {}

  static void insertRun(Connection conn, RunRow run) throws SQLException {
    String settings = JsonMaps.write(run.settings());
    String summary = JsonMaps.write(run.summary());
    String provenance = JsonMaps.write(run.provenance());
    try (PreparedStatement st =
        conn.prepareStatement(
            "INSERT OR REPLACE INTO runs ("
                + ResultsSchema.RUN_COLUMNS
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
  }

  static void deleteMetrics(Connection conn, String runId) throws SQLException {
    try (PreparedStatement st = conn.prepareStatement("DELETE FROM metrics WHERE run_id = ?")) {
      st.setString(1, runId);
      st.executeUpdate();
    }
  }

  static void insertMetrics(Connection conn, String runId, List<MetricRow> rows)
      throws SQLException {
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
  }

  static List<RunRow> runs(Connection conn, Path path, String sql, String param)
      throws SQLException {
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
          } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new UserInputException(
                path + ": run " + id + " has malformed JSON: " + e.getMessage(), e);
          }
        }
      }
    }
    return out;
  }

  static List<MetricRow> metrics(Connection conn, String runId) throws SQLException {
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
    }
    return out;
  }

  static String metricsCsv(Connection conn, String sweep) throws SQLException {
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
    }
    return csv.toString();
  }

  private static double readDouble(ResultSet rs, int column) throws SQLException {
    double v = rs.getDouble(column);
    return rs.wasNull() ? Double.NaN : v;
  }
}
