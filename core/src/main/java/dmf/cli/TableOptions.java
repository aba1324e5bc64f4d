package dmf.cli;

import dmf.settings.Setting;
import dmf.settings.SettingsTable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;

/**
 * Command-line flags made from a settings table: setting {@code init_scale} becomes {@code
 * --init-scale}, with the table's description, default and bounds as its help. The flags carry raw
 * text; the table validates it like any other source.
 */
final class TableOptions {
  private TableOptions() {}

  /** A command whose flags come (partly) from a settings table. */
  interface Backed {
    /**
     * @return the table
     */
    SettingsTable table();

    /**
     * @return keys of the table that get no flag (the command has its own option for them)
     */
    default Set<String> skip() {
      return Set.of();
    }

    /**
     * @return extra flag names by key, e.g. "--seed" for problem_seed
     */
    default Map<String, List<String>> aliases() {
      return Map.of();
    }
  }

  static String flag(String key) {
    return "--" + key.replace('_', '-');
  }

  /**
   * Adds one flag per setting of the table.
   *
   * @param spec the command
   * @param table the table
   * @param skip keys to leave out
   * @param aliases extra flag names by key
   */
  static void add(
      CommandSpec spec, SettingsTable table, Set<String> skip, Map<String, List<String>> aliases) {
    for (Setting<?> s : table.settings()) {
      if (skip.contains(s.key())) {
        continue;
      }
      StringBuilder help = new StringBuilder(s.description());
      help.append(" (default ").append(s.defaultText().isEmpty() ? "none" : s.defaultText());
      if (!s.bounds().isEmpty()) {
        help.append("; ").append(s.bounds());
      }
      help.append(')');
      List<String> names = new ArrayList<>();
      names.add(flag(s.key()));
      names.addAll(aliases.getOrDefault(s.key(), List.of()));
      spec.addOption(
          OptionSpec.builder(names.toArray(String[]::new))
              .paramLabel(s.key().toUpperCase(Locale.ROOT))
              .type(String.class)
              .description(help.toString())
              .build());
    }
  }

  /**
   * @param spec the command, parsed
   * @param table the table whose flags were added
   * @return key → raw text of every flag that was given
   */
  static Map<String, Object> given(CommandSpec spec, SettingsTable table) {
    ParseResult parsed = spec.commandLine().getParseResult();
    Map<String, Object> m = new LinkedHashMap<>();
    for (Setting<?> s : table.settings()) {
      String f = flag(s.key());
      if (parsed.hasMatchedOption(f)) {
        m.put(s.key(), parsed.matchedOptionValue(f, ""));
      }
    }
    return m;
  }
}
