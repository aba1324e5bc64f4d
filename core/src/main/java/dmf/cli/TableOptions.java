package dmf.cli;

import dmf.bench.BenchOptions;
import dmf.bench.FlowCheck;
import dmf.bench.ScaleBench;
import dmf.experiment.ProblemKind;
import dmf.experiment.Solvers;
import dmf.problem.RatingsGenerator;
import dmf.ratings.DataSource;
import dmf.ratings.DeepEstimator;
import dmf.ratings.Evaluation;
import dmf.ratings.SplitPlan;
import dmf.settings.Setting;
import dmf.settings.Settings;
import dmf.settings.SettingsLayers;
import dmf.settings.SettingsTable;
import dmf.theory.Eq11Report;
import dmf.theory.SymmetricCommutingReport;
import dmf.theory.Theorem3Report;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;

/**
 * Command-line flags made from a settings table: setting {@code init_scale} becomes {@code
 * --init-scale}, with the table's description, default and bounds as its help; a true/false setting
 * is a switch that also takes a value. The flags carry raw text; the table validates it like any
 * other source. A command's flags stand before its option {@code before} in the help (after its own
 * options when that is null, with {@code -h} and {@code -V} last); a mixin's follow its own
 * options.
 */
final class TableOptions {
  private TableOptions() {}

  /**
   * A table, the keys that get no flag (the command has its own option for them), extra flag names
   * by key (e.g. "--seed" for problem_seed) and the option the flags precede in the help.
   */
  private record Backing(
      SettingsTable table, Set<String> skip, Map<String, List<String>> aliases, String before) {
    Backing(SettingsTable table, String before) {
      this(table, Set.of(), Map.of(), before);
    }
  }

  private static Backing gen(ProblemKind kind) {
    Map<String, List<String>> aliases =
        Map.of("problem_seed", List.of("--seed"), "symmetric", List.of("--psd"));
    return new Backing(kind.table(), Set.of(), aliases, null);
  }

  /** The commands whose flags come from a table, by qualified name. */
  private static final Map<String, Backing> BACKED =
      Map.ofEntries(
          Map.entry("dmf train", new Backing(Solvers.DMF, null)),
          Map.entry("dmf gen completion", gen(ProblemKind.COMPLETION)),
          Map.entry("dmf gen sensing", gen(ProblemKind.SENSING)),
          Map.entry("dmf gen ratings", new Backing(RatingsGenerator.TABLE, null)),
          Map.entry("dmf bench", new Backing(BenchOptions.TABLE, "--no-torch")),
          Map.entry("dmf bench scale", new Backing(ScaleBench.TABLE, "--no-torch")),
          Map.entry("dmf flow-check", new Backing(FlowCheck.TABLE, "--out")),
          Map.entry("dmf theory theorem3", new Backing(Theorem3Report.TABLE, "--out")),
          Map.entry("dmf theory eq11", new Backing(Eq11Report.TABLE, "--out")),
          Map.entry("dmf theory commuting", new Backing(SymmetricCommutingReport.TABLE, "--out")));

  /** The commands and mixins whose flags come from a table, by class (a plugin's subclass too). */
  private static final Map<Class<?>, Backing> BY_CLASS =
      Map.of(
          FitCommand.class,
          new Backing(
              DeepEstimator.TABLE, Set.of("seed"), Map.of("widths", List.of("--width")), null),
          EvaluateCommand.class,
          new Backing(Evaluation.TABLE, "--quiet"),
          RatingsDataOptions.class,
          new Backing(DataSource.TABLE, null),
          RatingsSplitOptions.class,
          new Backing(SplitPlan.TABLE, null));

  /** Gives every command backed by a table, here or below, and its mixins one flag per setting. */
  static void addAll(CommandLine c) {
    CommandSpec spec = c.getCommandSpec();
    for (CommandSpec m : spec.mixins().values()) {
      Backing b = byClass(m.userObject());
      if (b != null) {
        String last = m.options().get(m.options().size() - 1).longestName();
        List<String> shown = shown(spec).stream().map(OptionSpec::longestName).toList();
        insert(spec, b, shown.indexOf(last) + 1);
      }
    }
    Backing b = backing(spec);
    if (b != null) {
      int at = 0;
      for (OptionSpec o : shown(spec)) {
        if (Arrays.asList(o.names()).contains(b.before()) || o.usageHelp() || o.versionHelp()) {
          break;
        }
        at++;
      }
      insert(spec, b, at);
    }
    new LinkedHashSet<>(c.getSubcommands().values()).forEach(TableOptions::addAll);
  }

  /**
   * Adds the table's flags to the command, shown at index {@code at} of its options as the help
   * lists them. The flags are added last and the options keep their places, which a command
   * method's parameters are bound by; only the order the help shows changes.
   */
  private static void insert(CommandSpec spec, Backing b, int at) {
    List<OptionSpec> shown = shown(spec);
    List<OptionSpec> all = new ArrayList<>(spec.options());
    all.forEach(spec::remove);
    for (Setting<?> s : b.table().settings()) {
      if (!b.skip().contains(s.key())) {
        OptionSpec o = option(s, b.aliases().getOrDefault(s.key(), List.of()));
        shown.add(at++, o);
        all.add(o);
      }
    }
    Map<OptionSpec, Integer> order = new IdentityHashMap<>();
    shown.forEach(o -> order.put(o, order.size()));
    all.forEach(o -> spec.addOption(o.toBuilder().order(order.get(o)).build()));
  }

  /** The command's options in the order the help lists them, with -h and -V last. */
  private static List<OptionSpec> shown(CommandSpec spec) {
    List<OptionSpec> l = new ArrayList<>(spec.options());
    l.sort(
        Comparator.comparing((OptionSpec o) -> o.usageHelp() || o.versionHelp())
            .thenComparing(OptionSpec::order));
    return l;
  }

  private static OptionSpec option(Setting<?> s, List<String> aliases) {
    StringBuilder help = new StringBuilder(s.description());
    help.append(" (default ").append(s.defaultText().isEmpty() ? "none" : s.defaultText());
    if (!s.bounds().isEmpty()) {
      help.append("; ").append(s.bounds());
    }
    List<String> names = new ArrayList<>(List.of(SettingsTable.flag(s.key())));
    names.addAll(aliases);
    OptionSpec.Builder o = OptionSpec.builder(names.toArray(String[]::new));
    if (s.type() == Boolean.class) {
      o.arity("0..1").fallbackValue("true");
    }
    return o.paramLabel(s.key().toUpperCase(Locale.ROOT))
        .type(String.class)
        .description(help.append(')').toString())
        .build();
  }

  /**
   * @param spec a command backed by a table, parsed
   * @return its table
   */
  static SettingsTable table(CommandSpec spec) {
    return backing(spec).table();
  }

  /** A command's backing: by its name, else by its class. */
  private static Backing backing(CommandSpec spec) {
    Backing b = BACKED.get(spec.qualifiedName());
    return b != null ? b : byClass(spec.userObject());
  }

  private static Backing byClass(Object o) {
    return BY_CLASS.entrySet().stream()
        .filter(e -> e.getKey().isInstance(o))
        .map(Map.Entry::getValue)
        .findFirst()
        .orElse(null);
  }

  /**
   * @param spec a command backed by a table, parsed
   * @return key → raw text of every flag of its table that was given
   */
  static Map<String, Object> given(CommandSpec spec) {
    return given(spec, table(spec));
  }

  /**
   * @param spec a parsed command with the flags of {@code table}
   * @param table the table
   * @return the table resolved from its flags that were given
   */
  static Settings resolve(CommandSpec spec, SettingsTable table) {
    return new SettingsLayers().flags(given(spec, table)).resolve(table);
  }

  private static Map<String, Object> given(CommandSpec spec, SettingsTable table) {
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
}
