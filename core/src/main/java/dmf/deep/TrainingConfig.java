package dmf.deep;

import dmf.base.UserInputException;
import dmf.linalg.Precision;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Every setting of a deep-factorization training run. Defaults follow the official protocol of
 * Arora et al. (2019): Gaussian init, init_scale 1e-3, GroupRMSprop with lr 1e-3, α 0.99, ε 1e-4,
 * stop at train loss ≤ 1e-6 or after 10⁶ iterations, float64.
 *
 * <p>The same settings travel as a flat map of snake_case keys ({@link #toMap}, {@link #fromMap}),
 * which is what config.toml files and {@code --set key=value} use.
 *
 * @param depth N ≥ 1
 * @param widths hidden widths d_1..d_{N−1} (empty = full width min(rows, cols))
 * @param init the init scheme
 * @param initScale RMS entry of W₀ (official meaning; see {@link Initializer})
 * @param optimizer "gd", "grouprmsprop", "adam", "flow" or "flow-stiff"
 * @param lr learning rate (initial time step for "flow" and "flow-stiff")
 * @param alpha GroupRMSprop EMA factor
 * @param eps GroupRMSprop/Adam ε
 * @param beta1 Adam β₁
 * @param beta2 Adam β₂
 * @param flowRtol adaptive flow relative tolerance
 * @param flowAtol adaptive flow absolute tolerance
 * @param flowMaxStep adaptive flow largest time step
 * @param lossThreshold stop when train loss ≤ this (tested before each step)
 * @param maxIters iteration budget
 * @param timeLimit wall-time budget in seconds (0 = none)
 * @param divergenceFactor stop as diverged when loss exceeds this multiple of the initial loss
 * @param logEvery metrics interval in iterations (the stopping iterate is always logged)
 * @param topK how many singular values to record
 * @param seed seed of the "init" stream
 * @param precision float64 or float32
 */
public record TrainingConfig(
    int depth,
    int[] widths,
    InitScheme init,
    double initScale,
    String optimizer,
    double lr,
    double alpha,
    double eps,
    double beta1,
    double beta2,
    double flowRtol,
    double flowAtol,
    double flowMaxStep,
    double lossThreshold,
    long maxIters,
    double timeLimit,
    double divergenceFactor,
    long logEvery,
    int topK,
    long seed,
    Precision precision) {

  /** Optimizer names accepted by {@link #optimizer}. */
  public static final List<String> OPTIMIZERS =
      List.of("gd", "grouprmsprop", "adam", "flow", "flow-stiff");

  /** Validates every field; a bad value is a {@link UserInputException} naming it. */
  public TrainingConfig {
    widths = widths.clone();
    if (depth < 1) {
      throw new UserInputException("depth must be at least 1, got " + depth);
    }
    if (widths.length != 0 && widths.length != depth - 1) {
      throw new UserInputException(
          "widths must list depth-1 = "
              + (depth - 1)
              + " hidden widths, got "
              + widths.length
              + " "
              + Arrays.toString(widths));
    }
    for (int w : widths) {
      if (w < 1) {
        throw new UserInputException("widths must be positive, got " + Arrays.toString(widths));
      }
    }
    optimizer = optimizer.trim().toLowerCase(Locale.ROOT);
    if ("sgd".equals(optimizer)) {
      optimizer = "gd";
    }
    if (!OPTIMIZERS.contains(optimizer)) {
      throw new UserInputException(
          "unknown optimizer '" + optimizer + "' (expected one of " + OPTIMIZERS + ")");
    }
    positive("lr", lr);
    positive("init_scale", initScale);
    positive("eps", eps);
    positive("flow_rtol", flowRtol);
    positive("flow_atol", flowAtol);
    positive("flow_max_step", flowMaxStep);
    positive("divergence_factor", divergenceFactor);
    if (!(alpha > 0 && alpha < 1)) {
      throw new UserInputException("alpha must lie in (0, 1), got " + alpha);
    }
    if (!(beta1 >= 0 && beta1 < 1) || !(beta2 >= 0 && beta2 < 1)) {
      throw new UserInputException("beta1 and beta2 must lie in [0, 1)");
    }
    if (!(lossThreshold >= 0)) {
      throw new UserInputException("loss_threshold must be ≥ 0, got " + lossThreshold);
    }
    if (maxIters < 0) {
      throw new UserInputException("max_iters must be ≥ 0, got " + maxIters);
    }
    if (!(timeLimit >= 0)) {
      throw new UserInputException("time_limit must be ≥ 0 seconds, got " + timeLimit);
    }
    if (logEvery < 1) {
      throw new UserInputException("log_every must be at least 1, got " + logEvery);
    }
    if (topK < 0) {
      throw new UserInputException("top_k must be ≥ 0, got " + topK);
    }
  }

  private static void positive(String key, double v) {
    if (!(v > 0) || !Double.isFinite(v)) {
      throw new UserInputException(key + " must be positive and finite, got " + v);
    }
  }

  /**
   * @return the official defaults
   */
  public static TrainingConfig defaults() {
    return new TrainingConfig(
        3,
        new int[0],
        InitScheme.GAUSSIAN,
        1e-3,
        "grouprmsprop",
        1e-3,
        0.99,
        1e-4,
        0.9,
        0.999,
        1e-4,
        1e-9,
        1e3,
        1e-6,
        1_000_000,
        0,
        1e6,
        1000,
        10,
        0,
        Precision.FLOAT64);
  }

  @Override
  public int[] widths() {
    return widths.clone();
  }

  /**
   * @param rows rows of W
   * @param cols columns of W
   * @return the architecture these settings give for a rows×cols problem
   */
  public Architecture architecture(int rows, int cols) {
    return Architecture.of(rows, cols, depth, widths);
  }

  /**
   * @return the settings as an ordered map of snake_case keys to plain values
   */
  public Map<String, Object> toMap() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("depth", (long) depth);
    List<Long> w = new ArrayList<>();
    for (int x : widths) {
      w.add((long) x);
    }
    m.put("widths", w);
    m.put("init", init.label());
    m.put("init_scale", initScale);
    m.put("optimizer", optimizer);
    m.put("lr", lr);
    m.put("alpha", alpha);
    m.put("eps", eps);
    m.put("beta1", beta1);
    m.put("beta2", beta2);
    m.put("flow_rtol", flowRtol);
    m.put("flow_atol", flowAtol);
    m.put("flow_max_step", flowMaxStep);
    m.put("loss_threshold", lossThreshold);
    m.put("max_iters", maxIters);
    m.put("time_limit", timeLimit);
    m.put("divergence_factor", divergenceFactor);
    m.put("log_every", logEvery);
    m.put("top_k", (long) topK);
    m.put("seed", seed);
    m.put("precision", precision.label());
    return m;
  }

  /**
   * Reads settings from a flat map, starting from the defaults. Values may be numbers, strings
   * (parsed) or, for widths, lists or comma-separated text.
   *
   * @param values keys of {@link #toMap}
   * @return the settings
   * @throws UserInputException on an unknown key or a value of the wrong type
   */
  public static TrainingConfig fromMap(Map<String, ?> values) {
    Map<String, Object> m = defaults().toMap();
    for (Map.Entry<String, ?> e : values.entrySet()) {
      if (!m.containsKey(e.getKey())) {
        throw new UserInputException(
            "unknown config key '"
                + e.getKey()
                + "' (known: "
                + String.join(", ", m.keySet())
                + ")");
      }
      m.put(e.getKey(), e.getValue());
    }
    return new TrainingConfig(
        (int) integer(m, "depth"),
        widthsOf(m.get("widths")),
        InitScheme.parse(text(m, "init")),
        real(m, "init_scale"),
        text(m, "optimizer"),
        real(m, "lr"),
        real(m, "alpha"),
        real(m, "eps"),
        real(m, "beta1"),
        real(m, "beta2"),
        real(m, "flow_rtol"),
        real(m, "flow_atol"),
        real(m, "flow_max_step"),
        real(m, "loss_threshold"),
        integer(m, "max_iters"),
        real(m, "time_limit"),
        real(m, "divergence_factor"),
        integer(m, "log_every"),
        (int) integer(m, "top_k"),
        integer(m, "seed"),
        Precision.parse(text(m, "precision")));
  }

  private static String text(Map<String, Object> m, String key) {
    return String.valueOf(m.get(key));
  }

  private static double real(Map<String, Object> m, String key) {
    Object v = m.get(key);
    if (v instanceof Number) {
      return ((Number) v).doubleValue();
    }
    try {
      return Double.parseDouble(String.valueOf(v).trim());
    } catch (NumberFormatException ex) {
      throw new UserInputException(key + " must be a number, got '" + v + "'");
    }
  }

  private static long integer(Map<String, Object> m, String key) {
    Object v = m.get(key);
    if (v instanceof Long || v instanceof Integer || v instanceof Short) {
      return ((Number) v).longValue();
    }
    try {
      return Long.parseLong(String.valueOf(v).trim().replace("_", ""));
    } catch (NumberFormatException ignored) {
      // not a plain integer literal; try 1e6-style below
    }
    double d;
    if (v instanceof Number) {
      d = ((Number) v).doubleValue();
    } else {
      try {
        d = Double.parseDouble(String.valueOf(v).trim().replace("_", ""));
      } catch (NumberFormatException ex) {
        throw new UserInputException(key + " must be an integer, got '" + v + "'");
      }
    }
    if (d != Math.rint(d) || Math.abs(d) > 9e15) {
      throw new UserInputException(key + " must be an integer, got '" + v + "'");
    }
    return (long) d;
  }

  private static int[] widthsOf(Object v) {
    List<Object> items = new ArrayList<>();
    if (v instanceof List) {
      items.addAll((List<?>) v);
    } else if (v instanceof int[]) {
      for (int x : (int[]) v) {
        items.add(x);
      }
    } else {
      String s = String.valueOf(v).trim().replace("[", "").replace("]", "");
      if (!s.isEmpty()) {
        items.addAll(Arrays.asList(s.split("\\s*,\\s*")));
      }
    }
    int[] out = new int[items.size()];
    for (int i = 0; i < out.length; i++) {
      Map<String, Object> one = new LinkedHashMap<>();
      one.put("widths", items.get(i));
      out[i] = (int) integer(one, "widths");
    }
    return out;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TrainingConfig && ((TrainingConfig) o).toMap().equals(toMap());
  }

  @Override
  public int hashCode() {
    return toMap().hashCode();
  }

  @Override
  public String toString() {
    return "TrainingConfig" + toMap();
  }
}
