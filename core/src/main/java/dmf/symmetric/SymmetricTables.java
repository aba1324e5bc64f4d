package dmf.symmetric;

import dmf.settings.Choice;
import dmf.settings.Setting;
import dmf.settings.Settings;
import dmf.settings.SettingsTable;
import java.util.Locale;

/**
 * The settings of the X = UUᵀ solvers, each written once: {@link #SYMMETRIC} (gradient descent on
 * U), {@link #PSD_GD} (X_gd, projected gradient descent on the PSD cone from X = 0) and {@link
 * #SVD_INIT} (X_gd, then gradient descent in U from U₀ = Q·Λ^{1/2}).
 */
public final class SymmetricTables {
  /** How the step η of U ← U − η·∇f(U) is chosen. */
  public enum Step implements Choice {
    /** A constant η = lr. */
    FIXED,
    /** The exact line search. */
    ELS,
    /** The exact line search clipped at step_cap. */
    ELS_CLIPPED;

    @Override
    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** Width k of U. */
  public static final Setting<Integer> WIDTH =
      Setting.ofInt("width", 0, "columns k of U (0 = full width n)").min(0);

  /** Init scheme of U₀. */
  public static final Setting<SymmetricInit> INIT =
      Setting.ofEnum(
          "init",
          SymmetricInit.class,
          SymmetricInit.GAUSSIAN,
          "U₀: gaussian (‖U₀‖_F = init_scale) or identity (U₀ = init_scale·I)");

  /** Scale α of U₀. */
  public static final Setting<Double> INIT_SCALE =
      Setting.ofDouble("init_scale", 1e-3, "the scale α of U₀").min(0);

  /** Seed. */
  public static final Setting<Long> SEED =
      Setting.ofLong("seed", 0, "seed of the init (and power-iteration) random streams");

  /** Step rule. */
  public static final Setting<Step> STEP =
      Setting.ofEnum("step", Step.class, Step.FIXED, "the step rule");

  /** Fixed step. */
  public static final Setting<Double> LR =
      Setting.ofDouble("lr", 1e-3, "step fixed: η on dmf's mean-squared loss").positive();

  /** Cap of the clipped line search. */
  public static final Setting<Double> STEP_CAP =
      Setting.ofDouble("step_cap", StepRule.DEFAULT_CAP, "step els_clipped: the largest step")
          .positive();

  /** Loss threshold of the U phase. */
  public static final Setting<Double> LOSS_THRESHOLD =
      Setting.ofDouble("loss_threshold", 1e-10, "stop when the mean squared residual is ≤ this")
          .min(0);

  /** Iteration budget of the U phase. */
  public static final Setting<Long> MAX_ITERS =
      Setting.ofLong("max_iters", 1_000_000, "iteration budget").min(0);

  /** Wall-time budget. */
  public static final Setting<Double> TIME_LIMIT =
      Setting.ofDouble("time_limit", 0, "wall-time budget in seconds (0 = none)").min(0);

  /** Loss threshold of X_gd. */
  public static final Setting<Double> XGD_LOSS_THRESHOLD =
      Setting.ofDouble("loss_threshold", 1e-14, "stop when the mean squared residual is ≤ this")
          .min(0);

  /** Iteration budget of X_gd. */
  public static final Setting<Long> XGD_MAX_ITERS =
      Setting.ofLong("max_iters", 200_000, "iteration budget").min(0);

  /** Gradient descent on U. */
  public static final SettingsTable SYMMETRIC =
      SettingsTable.of(
          "symmetric",
          WIDTH,
          INIT,
          INIT_SCALE,
          SEED,
          STEP,
          LR,
          STEP_CAP,
          LOSS_THRESHOLD,
          MAX_ITERS,
          TIME_LIMIT);

  /** X_gd. */
  public static final SettingsTable PSD_GD =
      SettingsTable.of("psd_gd", XGD_LOSS_THRESHOLD, XGD_MAX_ITERS, TIME_LIMIT, SEED);

  /** X_gd, then gradient descent in U. */
  public static final SettingsTable SVD_INIT =
      SettingsTable.of("svd_init", STEP, LR, STEP_CAP, LOSS_THRESHOLD, MAX_ITERS, SEED);

  private SymmetricTables() {}

  /**
   * @param s settings of {@link #SYMMETRIC} or {@link #SVD_INIT}
   * @return the step rule they name
   */
  static StepRule stepRule(Settings s) {
    return switch (s.get(STEP)) {
      case FIXED -> new StepRule.Fixed(s.get(LR));
      case ELS -> new StepRule.ExactLineSearch();
      case ELS_CLIPPED -> new StepRule.ClippedLineSearch(s.get(STEP_CAP));
    };
  }

  /**
   * @param seconds a time limit, 0 for none
   * @return the limit as the solvers take it (+∞ for none)
   */
  static double timeLimit(double seconds) {
    return seconds > 0 ? seconds : Double.POSITIVE_INFINITY;
  }
}
