package dmf.cli;

import dmf.base.Printout;
import dmf.base.StatusSink;
import dmf.settings.Setting;
import dmf.settings.Settings;
import dmf.settings.SettingsLayers;
import dmf.settings.SettingsTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * A command made from settings tables of the library, the way every {@code dmf} command is made
 * (plugins' too): the settings of its options table are its operands (the first {@code operands} of
 * them) and flags; those of its settings table, when it has one, are flags too and may also come
 * from {@code --config} files and {@code --set}, under the flags ({@link SettingsSources}). Both
 * are resolved and validated before the action runs; what the action returns is printed. The
 * command's description is in {@code dmf/cli/help.properties} (a plugin sets its own).
 */
public final class TableCommand implements Callable<Integer> {
  /**
   * Further names of some flags, whatever the command: {@code -q}, {@code --width}, {@code --seed}.
   */
  private static final Map<String, List<String>> ALIASES =
      Map.of(
          "quiet", List.of("-q"), "widths", List.of("--width"), "problem_seed", List.of("--seed"));

  /** What a command does with its options and settings, both resolved. */
  public interface Action {
    /**
     * @param options the options, resolved
     * @param settings the settings, resolved (null when the command has no settings table)
     * @param status the status line
     * @return what to show
     * @throws Exception for the command line to report
     */
    Printout run(Settings options, Settings settings, StatusSink status) throws Exception;
  }

  /** What a command does that resolves its settings itself (e.g. against a table it chooses). */
  public interface RawAction {
    /**
     * @param options the options, resolved
     * @param layers the config files and --set assignments
     * @param flags key → raw value of each flag of the settings table that was given
     * @param status the status line
     * @return what to show
     * @throws Exception for the command line to report
     */
    Printout run(
        Settings options, SettingsLayers layers, Map<String, Object> flags, StatusSink status)
        throws Exception;
  }

  private final SettingsTable options;
  private final SettingsTable settings;
  private final RawAction action;
  private final CommandSpec spec;

  private TableCommand(
      String name,
      int operands,
      SettingsTable options,
      SettingsTable settings,
      Map<String, List<String>> aliases,
      RawAction action) {
    this.options = options;
    this.settings = settings;
    this.action = action;
    spec = CommandSpec.wrapWithoutInspection(this).name(name);
    spec.resourceBundleBaseName("dmf.cli.help").usageMessage().sortOptions(false);
    List<Setting<?>> all = new ArrayList<>(options.settings());
    if (settings != null) {
      all.addAll(settings.settings());
    }
    for (int i = 0; i < all.size(); i++) {
      Setting<?> s = all.get(i);
      if (i < operands) {
        spec.addPositional(TableOptions.operand(s, i));
      } else {
        List<String> names = new ArrayList<>(ALIASES.getOrDefault(s.key(), List.of()));
        names.addAll(aliases.getOrDefault(s.key(), List.of()));
        spec.addOption(TableOptions.option(s, names));
      }
    }
    if (settings != null) {
      spec.addMixin("sources", CommandSpec.forAnnotatedObject(new SettingsSources()));
    }
  }

  /**
   * @param name the command's name
   * @param operands how many leading settings of {@code options} are operands
   * @param options the options table
   * @param settings the settings table, or null
   * @param action what it does
   * @return the command
   */
  public static CommandLine of(
      String name, int operands, SettingsTable options, SettingsTable settings, Action action) {
    return of(name, operands, options, settings, Map.of(), action);
  }

  /**
   * @param name the command's name
   * @param operands how many leading settings of {@code options} are operands
   * @param options the options table
   * @param settings the settings table, or null
   * @param aliases further flag names by key (e.g. "--seed" for problem_seed)
   * @param action what it does
   * @return the command
   */
  public static CommandLine of(
      String name,
      int operands,
      SettingsTable options,
      SettingsTable settings,
      Map<String, List<String>> aliases,
      Action action) {
    return raw(
        name,
        operands,
        options,
        settings,
        aliases,
        (o, layers, flags, st) ->
            action.run(o, settings == null ? null : layers.flags(flags).resolve(settings), st));
  }

  /**
   * A command whose settings table gives only flags: the action resolves them.
   *
   * @see #of(String, int, SettingsTable, SettingsTable, Map, Action)
   */
  public static CommandLine raw(
      String name,
      int operands,
      SettingsTable options,
      SettingsTable settings,
      Map<String, List<String>> aliases,
      RawAction action) {
    return new CommandLine(
        new TableCommand(name, operands, options, settings, aliases, action).spec);
  }

  @Override
  public Integer call() throws Exception {
    Settings o = TableOptions.resolve(spec, options);
    SettingsLayers layers = new SettingsLayers();
    Map<String, Object> flags = Map.of();
    if (settings != null) {
      layers = ((SettingsSources) spec.mixins().get("sources").userObject()).layers();
      flags = TableOptions.flags(spec, settings);
    }
    StatusLine status = new StatusLine();
    Printout p;
    try {
      p = action.run(o, layers, flags, status);
    } finally {
      status.end();
    }
    return print(p);
  }

  /**
   * Prints what a command shows: its lines on standard output, then its error lines on standard
   * error, the first as {@code dmf: …}.
   *
   * @param p what to show
   * @return its exit code
   */
  static int print(Printout p) {
    p.out().forEach(System.out::println);
    for (int i = 0; i < p.err().size(); i++) {
      System.err.println((i == 0 ? "dmf: " : "  ") + p.err().get(i));
    }
    return p.exitCode();
  }
}
