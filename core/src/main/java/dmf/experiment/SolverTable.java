package dmf.experiment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Solver names with the defaults of their settings (snake_case keys): the one place where each
 * default is written. Shared by the baselines and the X = UUᵀ solvers.
 */
final class SolverTable {
  private final Map<String, Map<String, Object>> defaults;

  /**
   * @param defaults solver → (key → default: Long, Double, Boolean or String), in listing order
   */
  SolverTable(Map<String, Map<String, Object>> defaults) {
    this.defaults = new LinkedHashMap<>(defaults);
  }

  /**
   * @return whether the table has this solver
   */
  boolean has(String solver) {
    return defaults.containsKey(solver);
  }

  /**
   * @return the solver names, in listing order
   */
  List<String> names() {
    return List.copyOf(defaults.keySet());
  }

  /**
   * @return every key some solver of the table understands
   */
  List<String> keys() {
    return defaults.values().stream().flatMap(m -> m.keySet().stream()).distinct().toList();
  }

  /**
   * @param solver a solver of the table
   * @param given settings given for it (keys it does not know are ignored)
   * @return its defaults overlaid with the given values, each typed like its default
   */
  Map<String, Object> fill(String solver, Map<String, Object> given) {
    Map<String, Object> out = new LinkedHashMap<>(defaults.get(solver));
    for (Map.Entry<String, Object> e : out.entrySet()) {
      e.setValue(Settings.typedLike(given, e.getKey(), e.getValue()));
    }
    return out;
  }
}
