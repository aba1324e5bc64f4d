package dmf.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import dmf.base.UserInputException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Layered settings as in the official code: TOML files (later files win) and then {@code key=value}
 * overrides, merged into one flat map.
 */
public final class ConfigFiles {
  private static final TomlMapper TOML = new TomlMapper();

  private ConfigFiles() {}

  /**
   * @param files TOML files, in order (later ones win)
   * @param overrides {@code key=value} strings, applied last
   * @return the merged flat map (values from TOML keep their types; overrides are strings)
   */
  public static Map<String, Object> merge(List<Path> files, List<String> overrides) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (Path f : files) {
      out.putAll(readToml(f));
    }
    for (String kv : overrides) {
      int eq = kv.indexOf('=');
      if (eq <= 0) {
        throw new UserInputException("--set expects key=value, got '" + kv + "'");
      }
      out.put(kv.substring(0, eq).trim(), kv.substring(eq + 1).trim());
    }
    return out;
  }

  /**
   * @param file a TOML file of flat key = value pairs
   * @return its content
   */
  public static Map<String, Object> readToml(Path file) {
    Map<String, Object> m = parseToml(file, "config file");
    for (Map.Entry<String, Object> e : m.entrySet()) {
      if (e.getValue() instanceof Map) {
        throw new UserInputException(
            file + ": tables are not supported ([" + e.getKey() + "]); use flat keys");
      }
    }
    return m;
  }

  /**
   * @param file a TOML file
   * @param what what the file is, for the message when it is missing (e.g. "sweep file")
   * @return its content, tables as nested maps (null for an empty file)
   * @throws UserInputException naming the file and line of invalid TOML
   */
  @SuppressWarnings("unchecked")
  public static Map<String, Object> parseToml(Path file, String what) {
    String text = TextFiles.read(file, what);
    try {
      return TOML.readValue(text, LinkedHashMap.class);
    } catch (JsonProcessingException ex) {
      throw new UserInputException(
          file
              + ": invalid TOML at line "
              + ex.getLocation().getLineNr()
              + ": "
              + ex.getOriginalMessage());
    }
  }

  /**
   * @param values a flat map of plain values
   * @return TOML text
   */
  public static String toToml(Map<String, Object> values) {
    try {
      return TOML.writeValueAsString(values);
    } catch (JsonProcessingException ex) {
      throw new IllegalArgumentException("cannot write TOML for " + values, ex);
    }
  }

  /**
   * Writes a flat map as TOML, atomically.
   *
   * @param file the target
   * @param values the settings
   */
  public static void writeToml(Path file, Map<String, Object> values) {
    AtomicFiles.writeString(file, toToml(values));
  }
}
