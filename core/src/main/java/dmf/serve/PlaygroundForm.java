package dmf.serve;

import dmf.base.UserInputException;
import dmf.settings.Setting;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The playground's form: which fields it has, their defaults, and the limits that keep a run small
 * (at most {@value #MAX_SIZE}×{@value #MAX_SIZE}). Everything else is checked by the settings
 * resolution that the command line uses.
 */
final class PlaygroundForm {
  /** Largest number of rows or columns. */
  static final int MAX_SIZE = 200;

  /** Largest sensing problem: measurements × rows × cols (the dense measurement matrices). */
  static final long MAX_SENSING_ENTRIES = 10_000_000L;

  /** Largest iteration budget. */
  static final long MAX_ITERS = 200_000;

  /** Wall-time budget of one playground run, in seconds. */
  static final double TIME_LIMIT = 600;

  /** The fields and their defaults, in form order. */
  static final Map<String, String> DEFAULTS;

  static {
    Map<String, String> d = new LinkedHashMap<>();
    d.put("kind", "completion");
    d.put("rows", "100");
    d.put("cols", "100");
    d.put("rank", "5");
    d.put("observations", "2000");
    d.put("measurements", "500");
    d.put("depth", "3");
    d.put("width", "");
    d.put("init_scale", "1e-3");
    d.put("optimizer", "grouprmsprop");
    d.put("lr", "1e-2");
    d.put("seed", "0");
    d.put("max_iters", "5000");
    DEFAULTS = Collections.unmodifiableMap(d);
  }

  private PlaygroundForm() {}

  /**
   * The raw settings of a playground run: the form's values (defaults for missing or blank ones)
   * checked against the size limits, plus the playground's bookkeeping (sweep name, logging every
   * 10–50 iterations, top 10 singular values, a time limit).
   *
   * @param form field → value as typed
   * @return settings for {@code Solvers.resolve}
   * @throws UserInputException naming the field and the limit it breaks
   */
  static Map<String, Object> settings(Map<String, String> form) {
    for (String k : form.keySet()) {
      if (!DEFAULTS.containsKey(k)) {
        throw new UserInputException("unknown playground field '" + k + "'");
      }
    }
    Map<String, Object> v = new LinkedHashMap<>(DEFAULTS);
    form.forEach(
        (k, x) -> {
          if (x != null && !x.isBlank()) {
            v.put(k, x.trim());
          }
        });
    String kind = String.valueOf(v.getOrDefault("kind", "")).trim();
    if (!Set.of("completion", "sensing").contains(kind)) {
      throw new UserInputException("kind must be completion or sensing, got '" + kind + "'");
    }
    long rows = within(v, "rows", 1, MAX_SIZE);
    long cols = within(v, "cols", 1, MAX_SIZE);
    within(v, "rank", 1, Math.min(rows, cols));
    long depth = within(v, "depth", 1, 8);
    long maxIters = within(v, "max_iters", 1, MAX_ITERS);
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("sweep", Layout.PLAYGROUND);
    for (String k : List.of("kind", "rows", "cols", "rank")) {
      s.put(k, v.get(k));
    }
    if (kind.equals("completion")) {
      s.put("observations", within(v, "observations", 1, rows * cols));
    } else {
      long m = within(v, "measurements", 1, MAX_SENSING_ENTRIES / (rows * cols));
      s.put("measurements", m);
    }
    s.put("problem_seed", v.get("seed"));
    s.put("solver", "dmf");
    s.put("depth", depth);
    String width = String.valueOf(v.getOrDefault("width", "")).trim();
    if (!width.isEmpty()) {
      List<Long> widths = new ArrayList<>();
      for (int i = 1; i < depth; i++) {
        widths.add(within(v, "width", 1, 2L * MAX_SIZE));
      }
      s.put("widths", widths);
    }
    for (String k : List.of("init_scale", "optimizer", "lr", "seed")) {
      s.put(k, v.get(k));
    }
    s.put("max_iters", maxIters);
    s.put("log_every", Math.min(50, Math.max(10, maxIters / 500)));
    s.put("top_k", 10L);
    s.put("time_limit", TIME_LIMIT);
    return s;
  }

  private static long within(Map<String, Object> v, String key, long lo, long hi) {
    return Setting.ofLong(key, lo, "a playground field").min(lo).max(hi).parse(v.get(key));
  }
}
