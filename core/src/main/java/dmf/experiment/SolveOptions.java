package dmf.experiment;

import dmf.base.Printout;
import dmf.base.StatusSink;
import dmf.base.UserInputException;
import dmf.io.OutputPaths;
import dmf.problem.SolveProgress;
import dmf.settings.Setting;
import dmf.settings.Settings;
import dmf.settings.SettingsLayers;
import dmf.settings.SettingsTable;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How {@code dmf solve} runs any solver on an instance folder: the one place of these options; the
 * solver's own settings are those of its table ({@link Solvers}).
 */
public final class SolveOptions {
  private SolveOptions() {}

  /** The solver. */
  public static final Setting<String> SOLVER =
      Setting.ofText("solver", null, "the solver").required();

  /** The instance folder. */
  public static final Setting<Path> INSTANCE = Setting.ofPath("instance", "instance folder");

  /** The run folder. */
  public static final Setting<Path> OUT = Setting.ofPath("out", "result folder");

  /** Nuclear norm over PSD matrices. */
  public static final Setting<Boolean> PSD =
      Setting.ofBoolean("psd", false, "nuclear: minimize tr X over X ⪰ 0 (same as --set psd=true)");

  /** The nuclear norm's relaxed form. */
  public static final Setting<String> TAU =
      Setting.ofText("tau", "", "nuclear: relaxed form |A(X) − b| ≤ tau").withDefault(null);

  /** List the solver's settings. */
  public static final Setting<Boolean> LIST =
      Setting.ofBoolean("settings", false, "list the solver's settings and exit");

  /** The options of {@code dmf solve}. */
  public static final SettingsTable TABLE =
      SettingsTable.of("solve", SOLVER, INSTANCE, OUT, PSD, TAU, LIST);

  /**
   * What {@code dmf solve} does: lists the solver's settings, or resolves them (config files and
   * --set under {@link #PSD} and {@link #TAU}) and runs it on the instance into the run folder.
   *
   * @param o settings of {@link #TABLE}
   * @param layers the solver's config files and --set assignments
   * @param status where progress goes
   * @return the settings table, or the run's summary or failure
   * @throws UserInputException for an unknown solver, a bad setting, or a missing folder
   */
  public static Printout solve(Settings o, SettingsLayers layers, StatusSink status) {
    String name = o.get(SOLVER);
    SolverEntry entry = Solvers.find(name);
    if (o.get(LIST)) {
      return Printout.of(List.of(entry.table().markdown().stripTrailing()));
    }
    Path out = o.get(OUT);
    if (o.get(INSTANCE) == null || out == null) {
      throw new UserInputException("dmf solve needs --instance DIR and --out DIR");
    }
    OutputPaths.requireFolder(out, "--out", OutputPaths.RUN_FOLDER, "a run's results");
    Map<String, Object> flags = new LinkedHashMap<>();
    if (o.get(PSD)) {
      flags.put("psd", true);
    }
    if (o.get(TAU) != null) {
      flags.put("tau", o.get(TAU));
    }
    Settings settings = layers.flags(flags).resolve(entry.table());
    RunSpec run = RunSpec.onInstance(o.get(INSTANCE), null, null, name, settings);
    return RunExecutor.execute(run, out, new SolveProgress(status, name, 1e-7), false).printout();
  }
}
