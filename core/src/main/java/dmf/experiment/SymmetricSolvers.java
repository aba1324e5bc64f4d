package dmf.experiment;

import dmf.base.UserInputException;
import dmf.problem.Solver;
import dmf.symmetric.ProjectedGradientPsd;
import dmf.symmetric.PsdGradientSettings;
import dmf.symmetric.StepRule;
import dmf.symmetric.SvdInitialized;
import dmf.symmetric.SymmetricFactorization;
import dmf.symmetric.SymmetricInit;
import dmf.symmetric.SymmetricSettings;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The X = UUᵀ solvers of Gunasekar et al. (2017) that a run can name in {@code solver}, with their
 * settings (snake_case) and defaults:
 *
 * <ul>
 *   <li>symmetric: gradient descent on U. Keys width (0 = full), init (gaussian: ‖U₀‖_F =
 *       init_scale; identity: U₀ = init_scale·I), init_scale, seed, step (fixed | els |
 *       els_clipped), lr (the fixed η, on dmf's mean-squared loss), step_cap (the clip of
 *       els_clipped), loss_threshold, max_iters, time_limit (seconds, 0 = none).
 *   <li>psd_gd: X_gd, projected gradient descent on X over the PSD cone from X = 0. Keys
 *       loss_threshold, max_iters, time_limit, seed.
 *   <li>svd_init: X_gd, then U₀ = Q·Λ^{1/2} from its eigendecomposition and gradient descent in U
 *       with the symmetric keys step, lr, step_cap, loss_threshold and max_iters.
 * </ul>
 */
public final class SymmetricSolvers {
  private static final SolverTable TABLE;

  static {
    Map<String, Map<String, Object>> defaults = new LinkedHashMap<>();
    Map<String, Object> sym = new LinkedHashMap<>();
    sym.put("width", 0L);
    sym.put("init", "gaussian");
    sym.put("init_scale", 1e-3);
    sym.put("seed", 0L);
    sym.put("step", "fixed");
    sym.put("lr", 1e-3);
    sym.put("step_cap", 0.1);
    sym.put("loss_threshold", 1e-10);
    sym.put("max_iters", 1_000_000L);
    sym.put("time_limit", 0.0);
    defaults.put("symmetric", sym);
    Map<String, Object> pgd = new LinkedHashMap<>();
    pgd.put("loss_threshold", 1e-14);
    pgd.put("max_iters", 200_000L);
    pgd.put("time_limit", 0.0);
    pgd.put("seed", 0L);
    defaults.put("psd_gd", pgd);
    Map<String, Object> svd = new LinkedHashMap<>();
    svd.put("step", "fixed");
    svd.put("lr", 1e-3);
    svd.put("step_cap", 0.1);
    svd.put("loss_threshold", 1e-10);
    svd.put("max_iters", 1_000_000L);
    svd.put("seed", 0L);
    defaults.put("svd_init", svd);
    TABLE = new SolverTable(defaults);
  }

  /** Every setting some symmetric solver understands. */
  public static final List<String> KEYS = TABLE.keys();

  private SymmetricSolvers() {}

  /**
   * @param solver a solver name
   * @return whether it is one of these
   */
  public static boolean available(String solver) {
    return TABLE.has(solver);
  }

  /**
   * @return the solver names
   */
  public static List<String> names() {
    return TABLE.names();
  }

  /**
   * @param solver the solver
   * @param given settings given for it (others are dropped)
   * @param seed the run's seed
   * @return its resolved settings, defaults filled in and validated
   */
  static Map<String, Object> resolve(String solver, Map<String, Object> given, long seed) {
    Map<String, Object> out = TABLE.fill(solver, given);
    if (!given.containsKey("seed")) {
      out.put("seed", seed);
    }
    Object step = out.get("step");
    if (step != null && !step.equals("els_clipped")) {
      out.remove("step_cap"); // unused, so that it does not split run ids
    }
    if (step != null && !step.equals("fixed")) {
      out.remove("lr");
    }
    create(solver, out);
    return out;
  }

  /**
   * @param solver the solver
   * @param settings its settings (absent ones take their defaults)
   * @return the solver
   */
  public static Solver create(String solver, Map<String, Object> settings) {
    if (!TABLE.has(solver)) {
      throw new UserInputException("unknown solver '" + solver + "'");
    }
    Map<String, Object> s = TABLE.fill(solver, settings);
    switch (solver) {
      case "symmetric":
        return new SymmetricFactorization(symmetric(s));
      case "psd_gd":
        return new ProjectedGradientPsd(psd(s));
      default: // svd_init: X_gd at the psd_gd defaults, then GD in U with the symmetric defaults
        return new SvdInitialized(
            psd(TABLE.fill("psd_gd", Map.of("seed", s.get("seed")))),
            symmetric(TABLE.fill("symmetric", s)));
    }
  }

  private static SymmetricSettings symmetric(Map<String, Object> s) {
    String init = Settings.text(s, "init");
    SymmetricInit i =
        switch (init) {
          case "gaussian" -> SymmetricInit.GAUSSIAN;
          case "identity" -> SymmetricInit.IDENTITY;
          default ->
              throw new UserInputException(
                  "init '"
                      + init
                      + "' is not available for solver symmetric (expected gaussian or identity)");
        };
    return new SymmetricSettings(
        (int) Settings.integer(s, "width"),
        i,
        Settings.real(s, "init_scale"),
        Settings.integer(s, "seed"),
        step(s),
        Settings.real(s, "loss_threshold"),
        Settings.integer(s, "max_iters"),
        timeLimit(s),
        1_000);
  }

  private static StepRule step(Map<String, Object> s) {
    String step = Settings.text(s, "step");
    return switch (step.toLowerCase(Locale.ROOT)) {
      case "fixed" -> new StepRule.Fixed(Settings.real(s, "lr"));
      case "els" -> new StepRule.ExactLineSearch();
      case "els_clipped" -> new StepRule.ClippedLineSearch(Settings.real(s, "step_cap"));
      default ->
          throw new UserInputException(
              "step '" + step + "' is not a step rule (expected fixed, els or els_clipped)");
    };
  }

  private static PsdGradientSettings psd(Map<String, Object> s) {
    return new PsdGradientSettings(
        Settings.real(s, "loss_threshold"),
        Settings.integer(s, "max_iters"),
        timeLimit(s),
        Settings.integer(s, "seed"));
  }

  private static double timeLimit(Map<String, Object> s) {
    double t = Settings.real(s, "time_limit");
    if (!(t >= 0)) {
      throw new UserInputException("time_limit must be ≥ 0 seconds (0 = none), got " + t);
    }
    return t > 0 ? t : Double.POSITIVE_INFINITY;
  }
}
