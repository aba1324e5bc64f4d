package dmf.experiment;

import dmf.base.UserInputException;
import dmf.deep.DeepMatrixFactorization;
import dmf.deep.TrainingConfig;
import dmf.problem.Solver;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The solvers a sweep can name in its {@code solver} setting, and which settings each one uses.
 * "dmf" is the deep factorization (settings of {@link TrainingConfig}); "symmetric", "psd_gd" and
 * "svd_init" are the X = UUᵀ solvers of {@link SymmetricSolvers}; the others are the convex and
 * classical baselines of {@link Baselines}.
 */
public final class Solvers {
  /** Bookkeeping keys every run carries. */
  public static final List<String> RUN_KEYS = List.of("sweep", "repeat");

  private Solvers() {}

  /**
   * Resolves and validates settings: bookkeeping, then the problem keys with their defaults, then
   * the solver and exactly the settings it uses (defaults filled in). Keys no solver knows are an
   * error; keys of another solver are dropped.
   *
   * @param s raw settings
   * @return the resolved settings in a stable order
   */
  public static Map<String, Object> resolve(Map<String, Object> s) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (String k : RUN_KEYS) {
      if (s.containsKey(k)) {
        out.put(k, s.get(k));
      }
    }
    String kind = Settings.text(s, "kind", "completion");
    out.put("kind", kind);
    if (kind.equals("ratings")) {
      out.put("data", Settings.text(s, "data", ""));
      out.put("skip_bad_lines", Settings.bool(s, "skip_bad_lines", false));
      out.put("observations", Settings.integer(s, "observations", 0));
      out.put("problem_seed", Settings.integer(s, "problem_seed", 0));
    } else if (kind.equals("psd_sensing")) {
      out.putAll(ProblemFactory.resolvePsdSensing(s));
    } else {
      resolveSynthetic(s, out, kind);
    }
    String solver = Settings.text(s, "solver", "dmf");
    out.put("solver", solver);
    Map<String, Object> rest = new LinkedHashMap<>(s);
    rest.keySet().removeAll(RUN_KEYS);
    rest.keySet().removeAll(ProblemFactory.KEYS);
    rest.remove("solver");
    Map<String, Object> trainingKeys = TrainingConfig.defaults().toMap();
    Map<String, Object> training = new LinkedHashMap<>();
    for (Map.Entry<String, Object> e : rest.entrySet()) {
      boolean known =
          trainingKeys.containsKey(e.getKey())
              || Baselines.KEYS.contains(e.getKey())
              || SymmetricSolvers.KEYS.contains(e.getKey());
      if (!known) {
        throw new UserInputException("unknown setting '" + e.getKey() + "'");
      }
      if (trainingKeys.containsKey(e.getKey())) {
        training.put(e.getKey(), e.getValue());
      }
    }
    if (solver.equals("dmf")) {
      out.putAll(TrainingConfig.fromMap(training).toMap());
    } else if (SymmetricSolvers.available(solver)) {
      out.putAll(SymmetricSolvers.resolve(solver, rest, Settings.integer(s, "seed", 0)));
    } else {
      out.putAll(Baselines.resolve(solver, rest, Settings.integer(s, "seed", 0)));
    }
    return out;
  }

  private static void resolveSynthetic(
      Map<String, Object> s, Map<String, Object> out, String kind) {
    out.put("rows", Settings.integer(s, "rows", 100));
    out.put("cols", Settings.integer(s, "cols", 100));
    out.put("rank", Settings.integer(s, "rank", 5));
    out.put("symmetric", Settings.bool(s, "symmetric", false));
    if (kind.equals("sensing")) {
      out.put("measurements", Settings.integer(s, "measurements", 2000));
      out.put("symmetric_measurements", Settings.bool(s, "symmetric_measurements", false));
    } else {
      out.put("observations", Settings.integer(s, "observations", 2000));
    }
    out.put("problem_seed", Settings.integer(s, "problem_seed", 0));
  }

  /**
   * @param resolved settings from {@link #resolve}
   * @return the solver they describe
   */
  public static Solver create(Map<String, Object> resolved) {
    String solver = Settings.text(resolved, "solver", "dmf");
    if (solver.equals("dmf")) {
      return new DeepMatrixFactorization(trainingConfig(resolved));
    }
    if (SymmetricSolvers.available(solver)) {
      return SymmetricSolvers.create(solver, resolved);
    }
    return Baselines.create(solver, resolved);
  }

  /**
   * @param resolved settings of a dmf run
   * @return its training settings
   */
  public static TrainingConfig trainingConfig(Map<String, Object> resolved) {
    Map<String, Object> t = new LinkedHashMap<>();
    for (String k : TrainingConfig.defaults().toMap().keySet()) {
      if (resolved.containsKey(k)) {
        t.put(k, resolved.get(k));
      }
    }
    return TrainingConfig.fromMap(t);
  }
}
