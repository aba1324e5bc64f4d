package dmf.experiment;

import dmf.base.Printout;
import dmf.base.StatusSink;
import dmf.base.UserInputException;
import dmf.settings.Setting;
import dmf.settings.Settings;
import dmf.settings.SettingsTable;
import java.nio.file.Path;
import java.util.Map;

/** How {@code dmf sweep} runs a spec: the one place of these settings and their defaults. */
public final class SweepOptions {
  private SweepOptions() {}

  /** The spec file. */
  public static final Setting<Path> SPEC =
      Setting.ofPath("spec", "sweep spec file (TOML)").required();

  /** The sweep folder. */
  public static final Setting<Path> OUT =
      Setting.ofPath("out", "sweep folder (default results/<name>)");

  /** The engine. */
  public static final Setting<String> ENGINE =
      Setting.ofText(
          "engine",
          SweepEngines.LOCAL,
          "local (threads of this JVM) or spark (Apache Spark: embedded local[*] unless --master;"
              + " docs/spark.md)");

  /** Where a distributed engine runs. */
  public static final Setting<String> MASTER =
      Setting.ofText(
              "master",
              "",
              "cluster of a distributed engine, e.g. spark://host:7077, yarn, k8s://…")
          .withDefault(null);

  /** Engine settings. */
  public static final Setting<Map<String, String>> CONF =
      Setting.ofAssignments(
          "conf", "engine setting KEY=VALUE, e.g. spark.executor.memory=2g (repeatable)");

  /** List instead of run. */
  public static final Setting<Boolean> DRY_RUN =
      Setting.ofBoolean("dry_run", false, "list the runs without executing them");

  /** Run on after a failure. */
  public static final Setting<Boolean> KEEP_GOING =
      Setting.ofBoolean(
          "keep_going",
          false,
          "run every run even after one failed (default: start no new run after a failure; runs"
              + " under way finish). A machine fault such as a full disk stops the sweep anyway.");

  /** The settings of {@code dmf sweep}. */
  public static final SettingsTable TABLE =
      SettingsTable.of(
          "sweep",
          SPEC,
          OUT,
          SweepRunner.WORKERS,
          ENGINE,
          MASTER,
          CONF,
          DRY_RUN,
          KEEP_GOING,
          RunReuse.FROM);

  /**
   * What {@code dmf sweep} does: reads and expands the spec, then lists its runs ({@link #DRY_RUN})
   * or adopts what the {@link RunReuse#FROM} folders finished and runs the rest on the engine.
   *
   * @param s settings of {@link #TABLE}
   * @param status where progress goes
   * @return the listing, or the sweep's summary, failed runs and exit code
   * @throws UserInputException for a bad spec, folder, engine or engine setting
   */
  public static Printout run(Settings s, StatusSink status) {
    SweepPlan plan = SweepPlan.of(s.get(SPEC), s.get(OUT));
    if (s.get(DRY_RUN)) {
      return Printout.of(plan.listing());
    }
    SweepEngine engine = SweepEngines.find(s.get(ENGINE));
    RunReuse.adopt(plan.dir(), plan.runs(), s.get(RunReuse.FROM).stream().map(Path::of).toList());
    return plan.printout(engine.run(job(s, plan), new SweepStatus(status, plan.name())));
  }

  /**
   * @param s settings of {@link #TABLE}
   * @param plan the plan of its spec
   * @return what the engine is asked to do
   */
  public static SweepJob job(Settings s, SweepPlan plan) {
    Integer w = s.get(SweepRunner.WORKERS);
    return new SweepJob(
        plan.dir(), plan.runs(), w == null ? 0 : w, s.get(KEEP_GOING), s.get(MASTER), s.get(CONF));
  }
}
