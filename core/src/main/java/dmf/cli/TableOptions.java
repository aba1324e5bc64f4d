package dmf.cli;

import dmf.experiment.ProblemKind;
import dmf.experiment.Solvers;
import dmf.problem.RatingsGenerator;
import dmf.ratings.DeepEstimator;
import dmf.settings.Setting;
import dmf.settings.SettingsTable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Command-line flags made from a settings table: setting {@code init_scale} becomes {@code
 * --init-scale}, with the table's description, default and bounds as its help. The flags carry raw
 * text; the table validates it like any other source.
 */
final class TableOptions {
  private TableOptions() {}

  /**
   * A command's table, the keys that get no flag (the command has its own option for them) and
   * extra flag names by key (e.g. "--seed" for problem_seed).
   */
  private record Backing(SettingsTable table, Set<String> skip, Map<String, List<String>> aliases) {
    Backing(SettingsTable table, Map<String, List<String>> aliases) {
      this(table, Set.of(), aliases);
    }
  }

  private static final Map<String, List<String>> GEN =
      Map.of("problem_seed", List.of("--seed"), "symmetric", List.of("--psd"));

  /** The commands whose flags come from a table, by qualified name. */
  private static final Map<String, Backing> BACKED =
      Map.of(
          "dmf train",
          new Backing(Solvers.DMF, Map.of()),
          "dmf fit",
          new Backing(DeepEstimator.TABLE, Set.of("seed"), Map.of("widths", List.of("--width"))),
          "dmf gen completion",
          new Backing(ProblemKind.COMPLETION.table(), GEN),
          "dmf gen sensing",
          new Backing(ProblemKind.SENSING.table(), GEN),
          "dmf gen ratings",
          new Backing(RatingsGenerator.TABLE, Map.of()));

  /** Gives every command backed by a table, here or below, one flag per setting. */
  static void addAll(CommandLine c) {
    Backing b = backing(c.getCommandSpec());
    if (b != null) {
      for (Setting<?> s : b.table().settings()) {
        if (!b.skip().contains(s.key())) {
          c.getCommandSpec().addOption(option(s, b.aliases().getOrDefault(s.key(), List.of())));
        }
      }
    }
    new LinkedHashSet<>(c.getSubcommands().values()).forEach(TableOptions::addAll);
  }

  private static OptionSpec option(Setting<?> s, List<String> aliases) {
    StringBuilder help = new StringBuilder(s.description());
    help.append(" (default ").append(s.defaultText().isEmpty() ? "none" : s.defaultText());
    if (!s.bounds().isEmpty()) {
      help.append("; ").append(s.bounds());
    }
    List<String> names = new ArrayList<>(List.of(flag(s.key())));
    names.addAll(aliases);
    return OptionSpec.builder(names.toArray(String[]::new))
        .paramLabel(s.key().toUpperCase(Locale.ROOT))
        .type(String.class)
        .description(help.append(')').toString())
        .build();
  }

  private static String flag(String key) {
    return "--" + key.replace('_', '-');
  }

  /**
   * @param spec a command backed by a table, parsed
   * @return its table
   */
  static SettingsTable table(CommandSpec spec) {
    return backing(spec).table();
  }

  /**
   * A command's backing: by its name, or fit's for a plugin's command built on {@link FitCommand}.
   */
  private static Backing backing(CommandSpec spec) {
    Backing b = BACKED.get(spec.qualifiedName());
    return b == null && spec.userObject() instanceof FitCommand ? BACKED.get("dmf fit") : b;
  }

  /**
   * @param spec a command backed by a table, parsed
   * @return key → raw text of every flag of its table that was given
   */
  static Map<String, Object> given(CommandSpec spec) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (Setting<?> s : table(spec).settings()) {
      if (spec.commandLine().getParseResult().hasMatchedOption(flag(s.key()))) {
        m.put(s.key(), spec.commandLine().getParseResult().matchedOptionValue(flag(s.key()), ""));
      }
    }
    return m;
  }
}
