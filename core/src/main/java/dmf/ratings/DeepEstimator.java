package dmf.ratings;

import dmf.base.ProgressListener;
import dmf.deep.DeepMatrixFactorization;
import dmf.deep.MetricsLevel;
import dmf.deep.PassFactory;
import dmf.deep.TrainingConfig;
import dmf.deep.TrainingResult;
import dmf.deep.TrainingSettings;
import dmf.linalg.FactoredMatrix;
import dmf.linalg.Mat;
import dmf.linalg.Precision;
import dmf.metrics.Spectrum;
import dmf.problem.CompletionProblem;
import dmf.settings.IntList;
import dmf.settings.Setting;
import dmf.settings.Settings;
import dmf.settings.SettingsTable;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The deep factorization for ratings: offsets from the training part (μ and regularized biases),
 * then W = W_N⋯W_1 of hidden width k trained by the one training loop of {@link
 * DeepMatrixFactorization} on the residuals, from a small initialization and with no regularizer;
 * early stopping on the validation RMSE keeps the best iterate. Predictions are clipped to the
 * rating range.
 *
 * <p>The defaults (depth 2, width 128, init scale 0.01, GroupRMSprop with lr 0.2, a validation
 * check every 10 iterations, patience 10, biases with λ 5, float32 training) were chosen by 5-fold
 * cross-validation on MovieLens 100K; docs/ratings.md gives the numbers that chose them. Depth 3 is
 * available and measured there, but on these noisy ratings it loses to depth 2.
 *
 * @param settings resolved settings of {@link #TABLE}
 */
public record DeepEstimator(Settings settings) implements RatingEstimator {
  /** Depth N (at least 2: depth 1 is the whole matrix, with no low-rank structure). */
  public static final Setting<Integer> DEPTH = TrainingSettings.DEPTH.withDefault(2).min(2);

  /** Hidden widths. */
  public static final Setting<IntList> WIDTHS =
      TrainingSettings.WIDTHS.withDefault(IntList.of(128));

  /** Init scale. */
  public static final Setting<Double> INIT_SCALE = TrainingSettings.INIT_SCALE.withDefault(1e-2);

  /** Learning rate. */
  public static final Setting<Double> LR = TrainingSettings.LR.withDefault(0.2);

  /** Iteration budget. */
  public static final Setting<Long> MAX_ITERS = TrainingSettings.MAX_ITERS.withDefault(5000L);

  /** Validation interval. */
  public static final Setting<Long> EVAL_EVERY =
      Setting.ofLong("eval_every", 10, "measure the validation RMSE every this many iterations")
          .min(1);

  /** Patience. */
  public static final Setting<Integer> PATIENCE =
      Setting.ofInt(
              "patience",
              10,
              "stop after this many validation checks without a better RMSE (counted once the"
                  + " training loss has left its starting plateau)")
          .min(1);

  /** Precision of the training loop. */
  public static final Setting<Precision> PRECISION =
      TrainingSettings.PRECISION.withDefault(Precision.FLOAT32);

  /** Offsets. */
  public static final Setting<OffsetKind> OFFSETS =
      Setting.ofEnum(
          "offsets",
          OffsetKind.class,
          OffsetKind.BIASES,
          "what the factors add to: none, mean (μ) or biases (μ + b_u + b_i, regularized)");

  /** Bias regularization. */
  public static final Setting<Double> BIAS_LAMBDA =
      Setting.ofDouble("bias_lambda", 5, "λ of the user and item biases of the offsets").min(0);

  /** The settings table. */
  public static final SettingsTable TABLE =
      SettingsTable.of(
          "dmf",
          DEPTH,
          WIDTHS,
          TrainingSettings.INIT,
          INIT_SCALE,
          TrainingSettings.OPTIMIZER,
          LR,
          TrainingSettings.ALPHA,
          TrainingSettings.EPS,
          TrainingSettings.BETA1,
          TrainingSettings.BETA2,
          MAX_ITERS,
          TrainingSettings.TIME_LIMIT,
          EVAL_EVERY,
          PATIENCE,
          OFFSETS,
          BIAS_LAMBDA,
          TrainingSettings.SEED,
          PRECISION);

  /** Singular values of the fitted W listed in the fit summary. */
  static final int SPECTRUM_TOP = 10;

  /** Checks that the settings come from {@link #TABLE} and fit together. */
  public DeepEstimator {
    if (!settings.table().equals(TABLE)) {
      throw new IllegalArgumentException("settings of " + settings.table().name());
    }
    config(settings);
  }

  /**
   * @return the estimator at its defaults
   */
  public static DeepEstimator defaults() {
    return new DeepEstimator(TABLE.defaults());
  }

  @Override
  public String name() {
    return "dmf-depth" + settings.get(DEPTH);
  }

  /** The training loop's settings: these values, metrics off, logged at each validation check. */
  static TrainingConfig config(Settings s) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (Setting<?> x : TABLE.settings()) {
      if (TrainingSettings.TABLE.has(x.key())) {
        m.put(x.key(), s.get(x));
      }
    }
    m.put(TrainingSettings.METRICS.key(), MetricsLevel.NONE);
    m.put(TrainingSettings.LOG_EVERY.key(), s.get(EVAL_EVERY));
    m.put(TrainingSettings.LOSS_THRESHOLD.key(), 0.0);
    return TrainingConfig.fromMap(m);
  }

  /**
   * The spectrum of the model's W = W_N⋯W_1, from the factors (thin QRs of the outer factors and an
   * SVD of the small core; W is never formed).
   *
   * @param factors W_1..W_N (Input, not modified)
   * @return the top singular values, nuclear norm and effective rank
   */
  static Map<String, Object> spectrum(List<Mat> factors) {
    double[] s = FactoredMatrix.of(factors).singularValues();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("singular_values", Arrays.stream(Spectrum.top(s, SPECTRUM_TOP)).boxed().toList());
    m.put("nuclear_norm", Spectrum.nuclearNorm(s));
    m.put("effective_rank", Spectrum.effectiveRank(s));
    return m;
  }

  @Override
  public RatingModel fit(FitInput in, ProgressListener listener) {
    return fit(in, listener, null);
  }

  /**
   * Fits as {@link #fit(FitInput, ProgressListener)} does, with the pass over the residuals
   * supplied by another engine (for example one that spreads them over a cluster); the offsets, the
   * training loop, the early stopping and the model are this estimator's.
   *
   * @param in the training and validation parts (Input, not modified)
   * @param listener progress
   * @param passes the supplier of the pass over Ω, or null for the core's
   * @return the model
   */
  public RatingModel fit(FitInput in, ProgressListener listener, PassFactory passes) {
    long t0 = System.nanoTime();
    Offsets off = settings.get(OFFSETS).fit(in.train(), settings.get(BIAS_LAMBDA));
    CompletionProblem residuals =
        new CompletionProblem(
            in.train().rows(),
            in.train().cols(),
            in.train().users(),
            in.train().items(),
            off.residuals(in.train()),
            null);
    EarlyStopping watch =
        new EarlyStopping(
            in, off, settings.get(PATIENCE), settings.get(MAX_ITERS), name(), listener);
    TrainingResult r =
        new DeepMatrixFactorization(config(settings)).withPass(passes).train(residuals, watch);
    Map<String, Object> chosen = new LinkedHashMap<>();
    chosen.put("best_iteration", watch.bestIteration());
    FitSummary summary =
        new FitSummary(
            r.stopReason().label(),
            r.iterations(),
            watch.bestIteration(),
            (System.nanoTime() - t0) * 1e-9,
            watch.bestRmse(),
            chosen,
            spectrum(watch.best()),
            watch.history());
    return RatingModel.fitted(name(), in, off, watch.best(), summary);
  }
}
