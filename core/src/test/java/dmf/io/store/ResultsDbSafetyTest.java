package dmf.io.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
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
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Readers change nothing on disk; files that are not dmf results databases are refused in one line
 * by readers and writers alike; a run's stored outcome replaces an earlier attempt's.
 */
class ResultsDbSafetyTest {
  @TempDir Path dir;

  static RunRow row(String id, String status) {
    return new RunRow(id, "s", status, Map.of("a", 1L), Map.of("x", 2.0), Map.of(), "t");
  }

  List<String> listing() throws Exception {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  Path written() {
    Path f = dir.resolve(ResultsDb.FILE_NAME);
    try (ResultsDb db = ResultsDb.open(f)) {
      db.store(row("r1", RunRow.COMPLETED), List.of(new MetricRow(0, "loss", 1.0)));
    }
    return f;
  }

  @Test
  void readingAClosedWalDatabaseCreatesNoFile() throws Exception {
    Path f = written();
    byte[] before = Files.readAllBytes(f);
    assertEquals(List.of(ResultsDb.FILE_NAME), listing());
    try (ResultsDb db = ResultsDb.openReadOnly(f)) {
      assertEquals(1, db.runs().size());
      assertEquals(1, db.metrics("r1").size());
      assertThrows(RuntimeException.class, () -> db.upsertRun(row("r2", RunRow.COMPLETED)));
    }
    assertEquals(List.of(ResultsDb.FILE_NAME), listing());
    assertArrayEquals(before, Files.readAllBytes(f));
  }

  @Test
  void aReaderSeesWhatAnOpenWriterCommitted() {
    Path f = dir.resolve(ResultsDb.FILE_NAME);
    try (ResultsDb writer = ResultsDb.open(f)) {
      writer.store(row("r1", RunRow.COMPLETED), List.of());
      try (ResultsDb reader = ResultsDb.openReadOnly(f)) {
        assertEquals(1, reader.runs().size());
        writer.store(row("r2", RunRow.COMPLETED), List.of());
        assertEquals(2, reader.runs().size());
      }
    }
  }

  @Test
  void missingAndEmptyFilesStayAsTheyWere() throws Exception {
    Path missing = dir.resolve("missing.db");
    assertTrue(
        assertThrows(UserInputException.class, () -> ResultsDb.openReadOnly(missing))
            .getMessage()
            .endsWith("missing.db: no results database"));
    assertFalse(Files.exists(missing));
    Path empty = Files.createFile(dir.resolve("empty.db"));
    assertTrue(
        assertThrows(UserInputException.class, () -> ResultsDb.openReadOnly(empty))
            .getMessage()
            .contains("empty file"));
    assertEquals(List.of("empty.db"), listing());
    assertEquals(0, Files.size(empty));
  }

  @Test
  void foreignNewerAndCorruptFilesAreRefusedByReadersAndWriters() throws Exception {
    Path foreign = dir.resolve("foreign.db");
    sql(foreign, "CREATE TABLE people (name TEXT)");
    Path newer = dir.resolve("newer.db");
    sql(newer, "CREATE TABLE runs (x)", "PRAGMA user_version = 7");
    Path truncated = dir.resolve("truncated.db");
    Path good = written();
    Files.write(truncated, Arrays.copyOf(Files.readAllBytes(good), 4096 + 10));
    Map<Path, String> expected =
        Map.of(
            foreign, "not a dmf results database",
            newer, "has results schema version 7",
            truncated, "corrupt");
    for (Map.Entry<Path, String> e : expected.entrySet()) {
      byte[] before = Files.readAllBytes(e.getKey());
      for (boolean write : new boolean[] {false, true}) {
        UserInputException ex =
            assertThrows(
                UserInputException.class,
                () -> {
                  try (ResultsDb db =
                      write ? ResultsDb.open(e.getKey()) : ResultsDb.openReadOnly(e.getKey())) {
                    db.runs();
                  }
                });
        assertTrue(ex.getMessage().contains(e.getValue()), ex.getMessage());
        assertTrue(ex.getMessage().contains(e.getKey().getFileName().toString()));
        assertEquals(-1, ex.getMessage().indexOf('\n'));
      }
      assertArrayEquals(before, Files.readAllBytes(e.getKey()), "changed " + e.getKey());
    }
  }

  @Test
  void storingARunReplacesTheMetricsOfAnEarlierAttempt() {
    Path f = dir.resolve(ResultsDb.FILE_NAME);
    try (ResultsDb db = ResultsDb.open(f)) {
      db.store(
          row("r", RunRow.FAILED),
          List.of(new MetricRow(0, "loss", 1), new MetricRow(5, "loss", 0.5)));
      db.store(row("r", RunRow.COMPLETED), List.of(new MetricRow(0, "loss", 1)));
      assertEquals(List.of(new MetricRow(0, "loss", 1)), db.metrics("r"));
      assertTrue(db.hasCompletedRun("r"));
    }
  }

  static void sql(Path f, String... statements) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + f);
        Statement st = c.createStatement()) {
      for (String s : statements) {
        st.executeUpdate(s);
      }
    }
  }
}
