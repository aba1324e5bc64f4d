package dmf.experiment;

import dmf.base.UserInputException;
import dmf.problem.Solver;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The baseline solvers a sweep can name. */
public final class Baselines {
  /** Settings the baselines understand. */
  public static final List<String> KEYS = List.of();

  private Baselines() {}

  static Map<String, Object> resolve(String solver, Map<String, Object> settings, long seed) {
    throw new UserInputException("unknown solver '" + solver + "' (expected dmf)");
  }

  static Solver create(String solver, Map<String, Object> resolved) {
    throw new UserInputException("unknown solver '" + solver + "' (expected dmf)");
  }

  /**
   * @param solver a solver name
   * @return whether it is available in this build
   */
  public static boolean available(String solver) {
    return false;
  }

  static Map<String, Object> empty() {
    return new LinkedHashMap<>();
  }
}
