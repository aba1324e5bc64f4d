package dmf.experiment;

import dmf.problem.Solver;
import dmf.settings.Settings;
import dmf.settings.SettingsTable;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * A solver a run can name in its {@code solver} setting.
 *
 * @param name the name, e.g. "dmf" or "nuclear"
 * @param table its settings
 * @param factory builds the solver from resolved settings
 * @param prune drops settings the other settings make irrelevant (e.g. the fixed step when a line
 *     search is chosen), so that they neither show in config.toml nor split run ids
 */
public record SolverEntry(
    String name,
    SettingsTable table,
    Function<Settings, Solver> factory,
    UnaryOperator<Map<String, Object>> prune) {

  /**
   * @param settings resolved settings of {@link #table}
   * @return the solver
   */
  public Solver create(Settings settings) {
    return factory.apply(settings);
  }
}
