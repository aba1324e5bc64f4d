package dmf.deep;

import dmf.linalg.Precision;
import dmf.optim.OptimizerKind;
import dmf.settings.IntList;
import dmf.settings.Setting;
import dmf.settings.SettingsTable;

/**
 * The settings of a deep-factorization training run, each written once: key, type, default, bounds
 * and description. {@link TrainingConfig} reads its values from {@link #TABLE}.
 */
public final class TrainingSettings {
  /** Depth N of W = W_N⋯W_1. */
  public static final Setting<Integer> DEPTH =
      Setting.ofInt("depth", 3, "depth N of W = W_N⋯W_1").min(1);

  /** Hidden widths. */
  public static final Setting<IntList> WIDTHS =
      Setting.ofIntList(
              "widths",
              IntList.EMPTY,
              "hidden widths d_1..d_{N−1}; one value for all; empty = full width min(rows, cols)")
          .eachAtLeast(1);

  /** Init scheme. */
  public static final Setting<InitScheme> INIT =
      Setting.ofEnum("init", InitScheme.class, InitScheme.GAUSSIAN, "how the factors start");

  /** Init scale. */
  public static final Setting<Double> INIT_SCALE =
      Setting.ofDouble(
              "init_scale",
              1e-3,
              "init scale: Gaussian factor std init_scale^(1/N)/√min(rows, cols), so ‖W₀‖_F ≈"
                  + " init_scale·√n for n×n (identity: W₀ = init_scale·I)")
          .positive();

  /** Optimizer. */
  public static final Setting<OptimizerKind> OPTIMIZER =
      Setting.ofEnum(
          "optimizer", OptimizerKind.class, OptimizerKind.GROUPRMSPROP, "the update rule");

  /** Learning rate. */
  public static final Setting<Double> LR =
      Setting.ofDouble("lr", 1e-3, "learning rate (the initial time step for flow)").positive();

  /** GroupRMSprop EMA factor. */
  public static final Setting<Double> ALPHA =
      Setting.ofDouble("alpha", 0.99, "GroupRMSprop EMA factor α").positive().below(1);

  /** GroupRMSprop/Adam ε. */
  public static final Setting<Double> EPS =
      Setting.ofDouble("eps", 1e-4, "GroupRMSprop/Adam ε added to the root").positive();

  /** Adam β₁. */
  public static final Setting<Double> BETA1 =
      Setting.ofDouble("beta1", 0.9, "Adam β₁").min(0).below(1);

  /** Adam β₂. */
  public static final Setting<Double> BETA2 =
      Setting.ofDouble("beta2", 0.999, "Adam β₂").min(0).below(1);

  /** Adaptive flow relative tolerance. */
  public static final Setting<Double> FLOW_RTOL =
      Setting.ofDouble("flow_rtol", 1e-4, "adaptive flow: relative error per step").positive();

  /** Adaptive flow absolute tolerance. */
  public static final Setting<Double> FLOW_ATOL =
      Setting.ofDouble("flow_atol", 1e-9, "adaptive flow: absolute error per step").positive();

  /** Adaptive flow largest step. */
  public static final Setting<Double> FLOW_MAX_STEP =
      Setting.ofDouble("flow_max_step", 1e3, "adaptive flow: largest time step").positive();

  /** Loss threshold. */
  public static final Setting<Double> LOSS_THRESHOLD =
      Setting.ofDouble(
              "loss_threshold",
              1e-6,
              "stop when the train loss is ≤ this (tested before each step)")
          .min(0);

  /** Iteration budget. */
  public static final Setting<Long> MAX_ITERS =
      Setting.ofLong("max_iters", 1_000_000, "iteration budget").min(0);

  /** Wall-time budget. */
  public static final Setting<Double> TIME_LIMIT =
      Setting.ofDouble("time_limit", 0, "wall-time budget in seconds (0 = none)").min(0);

  /** Divergence factor. */
  public static final Setting<Double> DIVERGENCE_FACTOR =
      Setting.ofDouble(
              "divergence_factor",
              1e6,
              "stop as diverged when the loss exceeds this multiple of the initial loss")
          .min(1);

  /** Metrics interval. */
  public static final Setting<Long> LOG_EVERY =
      Setting.ofLong(
              "log_every",
              1000,
              "metrics interval in iterations (the last iterate is always logged)")
          .min(1);

  /** Recorded singular values. */
  public static final Setting<Integer> TOP_K =
      Setting.ofInt("top_k", 10, "how many singular values to record").min(0).max(100_000);

  /** What to measure at each logged iterate. */
  public static final Setting<MetricsLevel> METRICS =
      Setting.ofEnum(
              "metrics",
              MetricsLevel.class,
              MetricsLevel.AUTO,
              "what to measure at each logged iterate: full (W, its SVD, errors), factored (the"
                  + " same from the factors, W never formed), none (loss and gradient norms), or"
                  + " auto (full when W has at most 2^22 entries, else factored)")
          .quietDefault();

  /** Threads of one run. */
  public static final Setting<Integer> THREADS =
      Setting.ofInt(
              "threads",
              0,
              "threads of the training loop on problems of 2^18 (262,144) observed entries or more"
                  + " (0 = all cores; sweeps run one thread per run); results do not depend on it")
          .min(0)
          .quietDefault();

  /** Init seed. */
  public static final Setting<Long> SEED =
      Setting.ofLong("seed", 0, "seed of the init random stream");

  /** Precision of the hot loop. */
  public static final Setting<Precision> PRECISION =
      Setting.ofEnum(
          "precision",
          Precision.class,
          Precision.FLOAT64,
          "precision of the training loop (metrics are always float64)");

  /** The table of every deep-factorization setting, in the order files list them. */
  public static final SettingsTable TABLE =
      SettingsTable.of(
          "dmf",
          DEPTH,
          WIDTHS,
          INIT,
          INIT_SCALE,
          OPTIMIZER,
          LR,
          ALPHA,
          EPS,
          BETA1,
          BETA2,
          FLOW_RTOL,
          FLOW_ATOL,
          FLOW_MAX_STEP,
          LOSS_THRESHOLD,
          MAX_ITERS,
          TIME_LIMIT,
          DIVERGENCE_FACTOR,
          LOG_EVERY,
          TOP_K,
          METRICS,
          SEED,
          PRECISION,
          THREADS);

  private TrainingSettings() {}
}
