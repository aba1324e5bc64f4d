package dmf.io.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dmf.base.UserInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading a results database that another process may be writing, without getting in its way. */
class ResultsDbReadOnlyTest {
  @TempDir Path dir;

  static RunRow row(String id) {
    return new RunRow(
        id, "s", RunRow.COMPLETED, Map.of("depth", 3), Map.of("test_error", 1e-5), null, "t");
  }

  @Test
  void neverCreatesADatabase() {
    Path db = dir.resolve("results.db");
    assertThrows(UserInputException.class, () -> ResultsDb.openReadOnly(db));
    assertFalse(Files.exists(db));
    assertThrows(UserInputException.class, () -> ResultsDb.openReadOnly(dir));
  }

  @Test
  void readsWhatIsCommittedWhileAWriterHoldsItsLockAndNeverBlocksIt() throws Exception {
    Path file = dir.resolve("results.db");
    try (ResultsDb writer = ResultsDb.open(file)) {
      writer.upsertRun(row("a"));
    }
    try (ResultsDb reader = ResultsDb.openReadOnly(file)) {
      assertEquals(row("a"), reader.run("a").orElseThrow(), "a closed WAL database reads too");
    }
    try (Connection w = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement st = w.createStatement()) {
      // Another process is in the middle of writing: its transaction holds the write lock.
      st.execute("BEGIN IMMEDIATE");
      st.executeUpdate("INSERT INTO runs (run_id, sweep, status) VALUES ('b', 's', 'completed')");
      long t0 = System.nanoTime();
      try (ResultsDb reader = ResultsDb.openReadOnly(file)) {
        assertEquals(List.of("a"), reader.runs().stream().map(RunRow::runId).toList());
        assertTrue((System.nanoTime() - t0) / 1e9 < ResultsDb.BUSY_TIMEOUT_MS / 1e3, "no wait");
        // And the writer commits while the reader's connection is open.
        st.execute("COMMIT");
        assertEquals(2, reader.runs().size(), "the next read sees the commit");
        assertThrows(ResultsDbException.class, () -> reader.upsertRun(row("c")), "read only");
      }
    }
  }

  @Test
  void aNewerSchemaIsAUserMistake() throws Exception {
    Path file = dir.resolve("results.db");
    try (ResultsDb writer = ResultsDb.open(file)) {
      writer.upsertRun(row("a"));
    }
    try (Connection w = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement st = w.createStatement()) {
      st.execute("PRAGMA user_version = 99");
    }
    assertThrows(UserInputException.class, () -> ResultsDb.openReadOnly(file));
  }
}
