package dmf.experiment;

import dmf.base.UserInputException;
import dmf.baseline.AlternatingLeastSquares;
import dmf.baseline.NuclearNormSettings;
import dmf.baseline.NuclearNormSolver;
import dmf.baseline.SingularValueThresholding;
import dmf.baseline.SoftImpute;
import dmf.problem.Solver;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The baselines a run can name in {@code solver}, with their settings (snake_case keys) and
 * defaults: nuclear (minimum nuclear norm, certified; {@code psd = true} for trace minimization
 * over the PSD cone), softimpute, svt and als.
 */
public final class Baselines {
  private static final Map<String, Map<String, Object>> DEFAULTS = new LinkedHashMap<>();

  static {
    NuclearNormSettings n = NuclearNormSettings.defaults();
    Map<String, Object> nuc = new LinkedHashMap<>();
    nuc.put("tau", n.tau());
    nuc.put("psd", n.psd());
    nuc.put("gap_tol", n.gapTol());
    nuc.put("residual_tol", n.residualTol());
    nuc.put("max_iters", (long) n.maxIters());
    nuc.put("time_limit", n.timeLimit());
    DEFAULTS.put("nuclear", nuc);
    SoftImpute s = SoftImpute.defaults();
    Map<String, Object> si = new LinkedHashMap<>();
    si.put("lambda_min", s.lambdaMin());
    si.put("path_length", (long) s.pathLength());
    si.put("tol", s.tol());
    si.put("max_iters", (long) s.maxIters());
    DEFAULTS.put("softimpute", si);
    SingularValueThresholding v = SingularValueThresholding.defaults();
    Map<String, Object> svt = new LinkedHashMap<>();
    svt.put("svt_tau", v.tau());
    svt.put("delta", v.delta());
    svt.put("tol", v.tol());
    svt.put("max_iters", (long) v.maxIters());
    DEFAULTS.put("svt", svt);
    AlternatingLeastSquares a = AlternatingLeastSquares.defaults();
    Map<String, Object> als = new LinkedHashMap<>();
    als.put("als_rank", (long) a.rank());
    als.put("als_lambda", a.lambda());
    als.put("tol", a.tol());
    als.put("max_iters", (long) a.maxIters());
    als.put("seed", a.seed());
    DEFAULTS.put("als", als);
  }

  /** Every setting some baseline understands. */
  public static final List<String> KEYS = DEFAULTS.values().stream()
      .flatMap(m -> m.keySet().stream()).distinct().toList();

  private Baselines() {}

  /**
   * @param solver a solver name
   * @return whether it is a baseline of this build
   */
  public static boolean available(String solver) {
    return DEFAULTS.containsKey(solver);
  }

  /** @return the baseline names */
  public static List<String> names() {
    return List.copyOf(DEFAULTS.keySet());
  }

  /**
   * @param solver the baseline
   * @param given settings given for it (others are dropped by the caller)
   * @param seed the run's seed
   * @return its resolved settings, defaults filled in
   */
  static Map<String, Object> resolve(String solver, Map<String, Object> given, long seed) {
    Map<String, Object> d = DEFAULTS.get(solver);
    if (d == null) {
      throw new UserInputException("unknown solver '" + solver + "' (expected dmf, "
          + String.join(", ", SymmetricSolvers.names()) + " or one of " + names() + ")");
    }
    Map<String, Object> out = new LinkedHashMap<>(d);
    if (out.containsKey("seed")) {
      out.put("seed", seed);
    }
    for (Map.Entry<String, Object> e : out.entrySet()) {
      e.setValue(Settings.typedLike(given, e.getKey(), e.getValue()));
    }
    create(solver, out);
    return out;
  }

  /**
   * @param solver the baseline
   * @param s resolved settings
   * @return the solver
   */
  public static Solver create(String solver, Map<String, Object> s) {
    switch (solver) {
      case "nuclear":
        return new NuclearNormSolver(new NuclearNormSettings(Settings.real(s, "tau", 0),
            Settings.bool(s, "psd", false), Settings.real(s, "gap_tol", 1e-7),
            Settings.real(s, "residual_tol", 1e-8), (int) Settings.integer(s, "max_iters", 20000),
            Settings.real(s, "time_limit", 0)));
      case "softimpute":
        return new SoftImpute(Settings.real(s, "lambda_min", 1e-4),
            (int) Settings.integer(s, "path_length", 20), Settings.real(s, "tol", 1e-14),
            (int) Settings.integer(s, "max_iters", 5000));
      case "svt":
        return new SingularValueThresholding(Settings.real(s, "svt_tau", 0),
            Settings.real(s, "delta", 0), Settings.real(s, "tol", 1e-4),
            (int) Settings.integer(s, "max_iters", 2000));
      case "als":
        return new AlternatingLeastSquares((int) Settings.integer(s, "als_rank", 10),
            Settings.real(s, "als_lambda", 0.1), Settings.real(s, "tol", 1e-9),
            (int) Settings.integer(s, "max_iters", 200), Settings.integer(s, "seed", 0));
      default:
        throw new UserInputException("unknown solver '" + solver + "'");
    }
  }
}
