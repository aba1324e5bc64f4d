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
  private static final SolverTable TABLE;

  static {
    Map<String, Map<String, Object>> defaults = new LinkedHashMap<>();
    NuclearNormSettings n = NuclearNormSettings.defaults();
    Map<String, Object> nuc = new LinkedHashMap<>();
    nuc.put("tau", n.tau());
    nuc.put("psd", n.psd());
    nuc.put("gap_tol", n.gapTol());
    nuc.put("residual_tol", n.residualTol());
    nuc.put("max_iters", (long) n.maxIters());
    nuc.put("time_limit", n.timeLimit());
    defaults.put("nuclear", nuc);
    SoftImpute s = SoftImpute.defaults();
    Map<String, Object> si = new LinkedHashMap<>();
    si.put("lambda_min", s.lambdaMin());
    si.put("path_length", (long) s.pathLength());
    si.put("tol", s.tol());
    si.put("max_iters", (long) s.maxIters());
    defaults.put("softimpute", si);
    SingularValueThresholding v = SingularValueThresholding.defaults();
    Map<String, Object> svt = new LinkedHashMap<>();
    svt.put("svt_tau", v.tau());
    svt.put("delta", v.delta());
    svt.put("tol", v.tol());
    svt.put("max_iters", (long) v.maxIters());
    defaults.put("svt", svt);
    AlternatingLeastSquares a = AlternatingLeastSquares.defaults();
    Map<String, Object> als = new LinkedHashMap<>();
    als.put("als_rank", (long) a.rank());
    als.put("als_lambda", a.lambda());
    als.put("tol", a.tol());
    als.put("max_iters", (long) a.maxIters());
    als.put("seed", a.seed());
    defaults.put("als", als);
    TABLE = new SolverTable(defaults);
  }

  /** Every setting some baseline understands. */
  public static final List<String> KEYS = TABLE.keys();

  private Baselines() {}

  /**
   * @param solver a solver name
   * @return whether it is a baseline of this build
   */
  public static boolean available(String solver) {
    return TABLE.has(solver);
  }

  /**
   * @return the baseline names
   */
  public static List<String> names() {
    return TABLE.names();
  }

  /**
   * @param solver the baseline
   * @param given settings given for it (others are dropped by the caller)
   * @param seed the run's seed
   * @return its resolved settings, defaults filled in
   */
  static Map<String, Object> resolve(String solver, Map<String, Object> given, long seed) {
    if (!TABLE.has(solver)) {
      throw new UserInputException(
          "unknown solver '"
              + solver
              + "' (expected dmf, "
              + String.join(", ", SymmetricSolvers.names())
              + " or one of "
              + names()
              + ")");
    }
    Map<String, Object> out = TABLE.fill(solver, given);
    if (out.containsKey("seed") && !given.containsKey("seed")) {
      out.put("seed", seed);
    }
    create(solver, out);
    return out;
  }

  /**
   * @param solver the baseline
   * @param settings its settings (absent ones take their defaults)
   * @return the solver
   */
  public static Solver create(String solver, Map<String, Object> settings) {
    if (!TABLE.has(solver)) {
      throw new UserInputException("unknown solver '" + solver + "'");
    }
    Map<String, Object> s = TABLE.fill(solver, settings);
    switch (solver) {
      case "nuclear":
        return new NuclearNormSolver(
            new NuclearNormSettings(
                Settings.real(s, "tau"),
                Settings.bool(s, "psd"),
                Settings.real(s, "gap_tol"),
                Settings.real(s, "residual_tol"),
                (int) Settings.integer(s, "max_iters"),
                Settings.real(s, "time_limit")));
      case "softimpute":
        return new SoftImpute(
            Settings.real(s, "lambda_min"),
            (int) Settings.integer(s, "path_length"),
            Settings.real(s, "tol"),
            (int) Settings.integer(s, "max_iters"));
      case "svt":
        return new SingularValueThresholding(
            Settings.real(s, "svt_tau"),
            Settings.real(s, "delta"),
            Settings.real(s, "tol"),
            (int) Settings.integer(s, "max_iters"));
      default: // als
        return new AlternatingLeastSquares(
            (int) Settings.integer(s, "als_rank"),
            Settings.real(s, "als_lambda"),
            Settings.real(s, "tol"),
            (int) Settings.integer(s, "max_iters"),
            Settings.integer(s, "seed"));
    }
  }
}
