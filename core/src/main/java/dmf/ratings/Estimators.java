package dmf.ratings;

import dmf.base.UserInputException;
import dmf.settings.Settings;
import dmf.settings.SettingsTable;
import dmf.settings.Suggest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The rating methods by name: {@code mean}, {@code biases}, {@code als}, {@code softimpute} and
 * {@code dmf} (the deep factorization; {@code dmf2}, {@code dmf3}, … name it at that depth).
 */
public final class Estimators {
  /** The method names, in leaderboard order. */
  public static final List<String> NAMES = List.of("mean", "biases", "als", "softimpute", "dmf");

  private record Entry(SettingsTable table, Function<Settings, RatingEstimator> factory) {}

  private static final Map<String, Entry> ENTRIES = new LinkedHashMap<>();

  static {
    ENTRIES.put("mean", new Entry(MeanEstimator.TABLE, MeanEstimator::new));
    ENTRIES.put("biases", new Entry(BiasEstimator.TABLE, BiasEstimator::new));
    ENTRIES.put("als", new Entry(AlsEstimator.TABLE, AlsEstimator::new));
    ENTRIES.put("softimpute", new Entry(SoftImputeEstimator.TABLE, SoftImputeEstimator::new));
    ENTRIES.put("dmf", new Entry(DeepEstimator.TABLE, DeepEstimator::new));
  }

  private Estimators() {}

  /**
   * @param method a method name ({@code dmfN} is {@code dmf})
   * @return its settings table
   */
  public static SettingsTable table(String method) {
    return entry(method).table();
  }

  /**
   * @param method a method name, or {@code dmfN} for the deep factorization at depth N
   * @param given raw settings of that method (absent keys take defaults)
   * @return the estimator
   * @throws UserInputException for an unknown method or setting
   */
  public static RatingEstimator create(String method, Map<String, ?> given) {
    Entry e = entry(method);
    Map<String, Object> values = new LinkedHashMap<>(given);
    String base = base(method);
    if (!base.equals(method.trim().toLowerCase(Locale.ROOT))) {
      values.put(DeepEstimator.DEPTH.key(), depthOf(method));
    }
    return e.factory().apply(e.table().resolve(values));
  }

  /**
   * @param method a method name
   * @return the registered name it stands for ({@code dmf3} → {@code dmf})
   */
  public static String base(String method) {
    String m = method.trim().toLowerCase(Locale.ROOT);
    return m.matches("dmf[0-9]+") ? "dmf" : m;
  }

  private static int depthOf(String method) {
    String digits = method.trim().substring(3);
    try {
      return Integer.parseInt(digits);
    } catch (NumberFormatException ex) {
      throw new UserInputException("bad method '" + method + "'");
    }
  }

  private static Entry entry(String method) {
    Entry e = ENTRIES.get(base(method));
    if (e == null) {
      throw new UserInputException(
          "unknown method '"
              + method
              + "' (methods: "
              + String.join(", ", NAMES)
              + ", dmfN for depth N)"
              + Suggest.hint(method, NAMES));
    }
    return e;
  }
}
