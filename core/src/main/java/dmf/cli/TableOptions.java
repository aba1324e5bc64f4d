package dmf.cli;

import dmf.settings.Setting;
import dmf.settings.Settings;
import dmf.settings.SettingsLayers;
import dmf.settings.SettingsTable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParseResult;

/**
 * Command-line flags and operands made from a settings table: setting {@code init_scale} becomes
 * {@code --init-scale}, with the table's description, default and bounds as its help; a true/false
 * setting is a switch that also takes a value; a list setting is a repeatable flag, or the last
 * operand. They carry raw text, which the table validates like any other source; a bad value is
 * named by its flag ({@code --steps 0: steps must be ≥ 1, got 0}). Used by {@link TableCommand}.
 */
final class TableOptions {
  private TableOptions() {}

  /**
   * @param s a setting
   * @param aliases further names of its flag
   * @return its flag
   */
  static OptionSpec option(Setting<?> s, List<String> aliases) {
    List<String> names = new ArrayList<>(List.of(SettingsTable.flag(s.key())));
    names.addAll(aliases);
    OptionSpec.Builder o = OptionSpec.builder(names.toArray(String[]::new));
    if (s.type() == Boolean.class) {
      o.arity("0..1").fallbackValue("true");
    }
    if (repeatable(s)) {
      o.type(List.class).auxiliaryTypes(String.class);
    } else {
      o.type(String.class);
    }
    return o.paramLabel(label(s)).description(help(s)).required(s.isRequired()).build();
  }

  /**
   * @param s a setting
   * @param index its place among the operands
   * @return an operand that gives it (any number of them for a list setting, which comes last)
   */
  static PositionalParamSpec operand(Setting<?> s, int index) {
    PositionalParamSpec.Builder p = PositionalParamSpec.builder();
    if (repeatable(s)) {
      p.index(index + "..*").arity(s.isRequired() ? "1..*" : "0..*");
      p.type(List.class).auxiliaryTypes(String.class);
    } else {
      p.index(Integer.toString(index)).arity(s.isRequired() ? "1" : "0..1").type(String.class);
    }
    return p.paramLabel(label(s)).description(help(s)).required(s.isRequired()).build();
  }

  /** A flag's or operand's help: the description, then default and bounds. */
  private static String help(Setting<?> s) {
    List<String> more = new ArrayList<>();
    if (!s.defaultText().isEmpty()) {
      more.add("default " + s.defaultText());
    }
    if (!s.bounds().isEmpty()) {
      more.add(s.bounds());
    }
    return s.description() + (more.isEmpty() ? "" : " (" + String.join("; ", more) + ")");
  }

  private static boolean repeatable(Setting<?> s) {
    return s.type() == List.class || s.type() == Map.class;
  }

  private static String label(Setting<?> s) {
    return s.key().toUpperCase(Locale.ROOT);
  }

  /**
   * @param spec a parsed command with the flags and operands of {@code table}
   * @param table the table
   * @return the table resolved from what was given, a bad value named by its flag or as an operand
   */
  static Settings resolve(CommandSpec spec, SettingsTable table) {
    return new SettingsLayers()
        .file("operand", operands(spec, table))
        .flags(flags(spec, table))
        .resolve(table);
  }

  /**
   * @param spec a parsed command with the flags of {@code table}
   * @param table the table
   * @return key → raw text (a list for a list setting) of each flag that was given
   */
  static Map<String, Object> flags(CommandSpec spec, SettingsTable table) {
    ParseResult parsed = spec.commandLine().getParseResult();
    Map<String, Object> m = new LinkedHashMap<>();
    for (Setting<?> s : table.settings()) {
      String flag = SettingsTable.flag(s.key());
      if (parsed.hasMatchedOption(flag)) {
        m.put(s.key(), parsed.matchedOptionValue(flag, ""));
      }
    }
    return m;
  }

  private static Map<String, Object> operands(CommandSpec spec, SettingsTable table) {
    ParseResult parsed = spec.commandLine().getParseResult();
    Map<String, Object> m = new LinkedHashMap<>();
    for (PositionalParamSpec p : spec.positionalParameters()) {
      String key = p.paramLabel().toLowerCase(Locale.ROOT);
      if (table.has(key) && parsed.hasMatchedPositional(p.index().min())) {
        m.put(key, p.getValue());
      }
    }
    return m;
  }
}
