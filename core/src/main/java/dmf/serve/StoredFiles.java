package dmf.serve;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dmf.base.UserInputException;
import dmf.io.ConfigFiles;
import dmf.io.Json;
import dmf.io.store.ResultsDb;
import dmf.io.store.RunRow;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The files of a results folder, each parsed at most once per change: sweep.json run lists,
 * config.toml, summary.json and provenance.json of run folders, and the runs of a results database
 * (read through a read-only connection; a database that a writer changes is re-read).
 */
final class StoredFiles {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final int CAPACITY = 20_000;

  private final FileCache<List<RunRow>> planned = new FileCache<>(StoredFiles::readSweep, 256);
  private final FileCache<Map<String, Object>> toml =
      new FileCache<>(ConfigFiles::readToml, CAPACITY);
  private final FileCache<Map<String, Object>> json = new FileCache<>(Json::readObject, CAPACITY);
  private final FileCache<Map<String, RunRow>> databases =
      new FileCache<>(StoredFiles::readDatabase, 256);

  /**
   * @param sweepJson a sweep's run list
   * @return its runs (id and settings; status "pending"), or an empty list when there is none
   */
  List<RunRow> planned(Path sweepJson) {
    List<RunRow> l = planned.get(sweepJson);
    return l == null ? List.of() : l;
  }

  /**
   * @param file a config.toml
   * @return its settings, or an empty map when it is absent or unreadable
   */
  Map<String, Object> toml(Path file) {
    Map<String, Object> m = toml.get(file);
    return m == null ? Map.of() : m;
  }

  /**
   * @param file a JSON object file (summary.json, provenance.json)
   * @return its content, or an empty map when it is absent or unreadable
   */
  Map<String, Object> json(Path file) {
    Map<String, Object> m = json.get(file);
    return m == null ? Map.of() : m;
  }

  /**
   * The stored runs of a results database. The database is re-read when it or its write-ahead log
   * changes.
   *
   * @param db a results.db
   * @return run id → run; empty when there is no database or it cannot be read yet
   */
  Map<String, RunRow> stored(Path db) {
    // The write-ahead log holds the newest commits until a checkpoint: its changes count too.
    Map<String, RunRow> m = databases.get(db, db.resolveSibling(db.getFileName() + "-wal"));
    return m == null ? Map.of() : m;
  }

  private static List<RunRow> readSweep(Path file) {
    List<?> list;
    try {
      list = MAPPER.readValue(Files.readString(file), List.class);
    } catch (JsonProcessingException e) {
      throw new UserInputException(file + ": invalid JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new UserInputException(file + ": cannot read");
    }
    List<RunRow> out = new ArrayList<>();
    for (Object o : list) {
      if (o instanceof Map<?, ?> m && m.get("run_id") instanceof String id && !id.isBlank()) {
        Map<String, Object> settings = new LinkedHashMap<>();
        if (m.get("settings") instanceof Map<?, ?> s) {
          s.forEach((k, v) -> settings.put(String.valueOf(k), v));
        }
        out.add(new RunRow(id, null, RunEntry.PENDING, settings, null, null, null));
      }
    }
    return List.copyOf(out);
  }

  private static Map<String, RunRow> readDatabase(Path file) {
    Map<String, RunRow> out = new LinkedHashMap<>();
    try (ResultsDb db = ResultsDb.openReadOnly(file)) {
      for (RunRow r : db.runs()) {
        out.put(r.runId(), r);
      }
    }
    return out;
  }
}
