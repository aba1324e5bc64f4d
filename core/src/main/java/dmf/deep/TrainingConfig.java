package dmf.deep;

import static dmf.deep.TrainingSettings.ALPHA;
import static dmf.deep.TrainingSettings.BETA1;
import static dmf.deep.TrainingSettings.BETA2;
import static dmf.deep.TrainingSettings.DEPTH;
import static dmf.deep.TrainingSettings.DIVERGENCE_FACTOR;
import static dmf.deep.TrainingSettings.EPS;
import static dmf.deep.TrainingSettings.FLOW_ATOL;
import static dmf.deep.TrainingSettings.FLOW_MAX_STEP;
import static dmf.deep.TrainingSettings.FLOW_RTOL;
import static dmf.deep.TrainingSettings.INIT;
import static dmf.deep.TrainingSettings.INIT_SCALE;
import static dmf.deep.TrainingSettings.LOG_EVERY;
import static dmf.deep.TrainingSettings.LOSS_THRESHOLD;
import static dmf.deep.TrainingSettings.LR;
import static dmf.deep.TrainingSettings.MAX_ITERS;
import static dmf.deep.TrainingSettings.METRICS;
import static dmf.deep.TrainingSettings.OPTIMIZER;
import static dmf.deep.TrainingSettings.PRECISION;
import static dmf.deep.TrainingSettings.SEED;
import static dmf.deep.TrainingSettings.TABLE;
import static dmf.deep.TrainingSettings.THREADS;
import static dmf.deep.TrainingSettings.TIME_LIMIT;
import static dmf.deep.TrainingSettings.TOP_K;
import static dmf.deep.TrainingSettings.WIDTHS;

import dmf.base.UserInputException;
import dmf.linalg.Precision;
import dmf.optim.OptimizerKind;
import dmf.settings.IntList;
import dmf.settings.Setting;
import dmf.settings.Settings;
import java.util.Map;

/**
 * Every setting of a deep-factorization training run, typed and validated, read from the one table
 * {@link TrainingSettings#TABLE}. Defaults follow the official protocol of Arora et al. (2019):
 * Gaussian init, init_scale 1e-3, GroupRMSprop with lr 1e-3, α 0.99, ε 1e-4, stop at train loss ≤
 * 1e-6 or after 10⁶ iterations, float64.
 *
 * <p>Immutable; change a value with {@link #with(Setting, Object)}, e.g. {@code
 * TrainingConfig.defaults().with(TrainingSettings.DEPTH, 2)}. The same settings travel as a flat
 * map of snake_case keys ({@link #toMap}, {@link #fromMap}) in config.toml files, {@code --set
 * key=value} and sweep specs.
 *
 * @param settings the resolved values of {@link TrainingSettings#TABLE}
 */
public record TrainingConfig(Settings settings) {
  /** Checks that the values come from {@link TrainingSettings#TABLE} and agree with each other. */
  public TrainingConfig {
    if (!settings.table().equals(TABLE)) {
      throw new IllegalArgumentException("settings of " + settings.table().name() + ", not dmf");
    }
    IntList w = settings.get(WIDTHS);
    int depth = settings.get(DEPTH);
    if (w.size() > 1 && w.size() != depth - 1) {
      throw new UserInputException(
          "widths must list depth-1 = "
              + (depth - 1)
              + " hidden widths (or one for all), got "
              + w.size()
              + " ("
              + w
              + ")");
    }
  }

  /** Returns the official defaults. */
  public static TrainingConfig defaults() {
    return new TrainingConfig(TABLE.defaults());
  }

  /**
   * @param values raw values by key (numbers, booleans, lists or text); absent keys take defaults
   * @return the settings
   * @throws UserInputException on an unknown key or a bad value
   */
  public static TrainingConfig fromMap(Map<String, ?> values) {
    return new TrainingConfig(TABLE.resolve(values));
  }

  /**
   * @param setting a setting of {@link TrainingSettings#TABLE}
   * @param value its new value
   * @param <T> its type
   * @return a copy with the value replaced (validated)
   */
  public <T> TrainingConfig with(Setting<T> setting, T value) {
    return new TrainingConfig(settings.with(setting, value));
  }

  /** Returns the settings as an ordered map of snake_case keys to plain values. */
  public Map<String, Object> toMap() {
    return settings.toMap();
  }

  /**
   * @param rows rows of W
   * @param cols columns of W
   * @return the architecture these settings give for a rows×cols problem
   */
  public Architecture architecture(int rows, int cols) {
    return Architecture.of(rows, cols, depth(), widths());
  }

  /** Returns depth N. */
  public int depth() {
    return settings.get(DEPTH);
  }

  /** Returns the hidden widths (empty = full width). */
  public int[] widths() {
    return settings.get(WIDTHS).toArray();
  }

  /** Returns the init scheme. */
  public InitScheme init() {
    return settings.get(INIT);
  }

  /** Returns the init scale. */
  public double initScale() {
    return settings.get(INIT_SCALE);
  }

  /** Returns the optimizer. */
  public OptimizerKind optimizer() {
    return settings.get(OPTIMIZER);
  }

  /** Returns the learning rate. */
  public double lr() {
    return settings.get(LR);
  }

  /** Returns GroupRMSprop's α. */
  public double alpha() {
    return settings.get(ALPHA);
  }

  /** Returns GroupRMSprop/Adam ε. */
  public double eps() {
    return settings.get(EPS);
  }

  /** Returns Adam β₁. */
  public double beta1() {
    return settings.get(BETA1);
  }

  /** Returns Adam β₂. */
  public double beta2() {
    return settings.get(BETA2);
  }

  /** Returns the adaptive flow's relative tolerance. */
  public double flowRtol() {
    return settings.get(FLOW_RTOL);
  }

  /** Returns the adaptive flow's absolute tolerance. */
  public double flowAtol() {
    return settings.get(FLOW_ATOL);
  }

  /** Returns the adaptive flow's largest step. */
  public double flowMaxStep() {
    return settings.get(FLOW_MAX_STEP);
  }

  /** Returns the loss threshold. */
  public double lossThreshold() {
    return settings.get(LOSS_THRESHOLD);
  }

  /** Returns the iteration budget. */
  public long maxIters() {
    return settings.get(MAX_ITERS);
  }

  /** Returns the wall-time budget in seconds (0 = none). */
  public double timeLimit() {
    return settings.get(TIME_LIMIT);
  }

  /** Returns the divergence factor. */
  public double divergenceFactor() {
    return settings.get(DIVERGENCE_FACTOR);
  }

  /** Returns the metrics interval. */
  public long logEvery() {
    return settings.get(LOG_EVERY);
  }

  /** Returns how many singular values to record. */
  public int topK() {
    return settings.get(TOP_K);
  }

  /** Returns what to measure at each logged iterate. */
  public MetricsLevel metrics() {
    return settings.get(METRICS);
  }

  /**
   * @return threads of the training loop (0 = all cores)
   */
  public int threads() {
    return settings.get(THREADS);
  }

  /**
   * @return the init seed
   */
  public long seed() {
    return settings.get(SEED);
  }

  /** Returns the precision of the training loop. */
  public Precision precision() {
    return settings.get(PRECISION);
  }
}
