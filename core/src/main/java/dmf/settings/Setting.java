package dmf.settings;

import dmf.base.UserInputException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * One setting: a snake_case key, a value type, a default, bounds and a one-line description. A
 * setting parses raw values (numbers, booleans or text from TOML, {@code --set key=value} or a
 * flag) into its type and rejects values of the wrong type or out of bounds with a one-line {@link
 * UserInputException} that names the key and the value.
 *
 * <p>The factories ({@link #ofInt}, {@link #ofPath}, …) take the snake_case key, the default (where
 * the kind has one) and a one-line description. Instances are immutable; the bound methods ({@link
 * #min}, {@link #positive}, …) return copies.
 *
 * @param <T> the value type
 */
public final class Setting<T> {
  private final String key;
  private final Class<T> type;
  private final T defaultValue;
  private final String description;
  private final Function<Object, T> parser;
  private final Bound<T> bound;
  private final boolean quietDefault;
  private final boolean required;

  private Setting(
      String key,
      Class<T> type,
      T defaultValue,
      String description,
      Function<Object, T> parser,
      Bound<T> bound,
      boolean quietDefault,
      boolean required) {
    this.quietDefault = quietDefault;
    this.required = required;
    this.key = Objects.requireNonNull(key);
    this.type = type;
    this.description = description;
    this.parser = parser;
    this.bound = bound;
    this.defaultValue = defaultValue;
    if (defaultValue != null && !bound.ok().test(defaultValue)) {
      throw new IllegalArgumentException("default of " + key + " must be " + bound.text());
    }
  }

  /** Returns an integer setting (64-bit). */
  public static Setting<Long> ofLong(String key, long dflt, String description) {
    return make(key, Long.class, dflt, description, v -> Values.toLong(key, v));
  }

  /** Returns an integer setting (32-bit). */
  public static Setting<Integer> ofInt(String key, int dflt, String description) {
    return make(key, Integer.class, dflt, description, v -> Values.toInt(key, v));
  }

  /** Returns a real-valued setting; NaN and infinities are always rejected. */
  public static Setting<Double> ofDouble(String key, double dflt, String description) {
    return make(key, Double.class, dflt, description, v -> Values.toDouble(key, v));
  }

  /** Returns a true/false setting. */
  public static Setting<Boolean> ofBoolean(String key, boolean dflt, String description) {
    return make(key, Boolean.class, dflt, description, v -> Values.toBoolean(key, v));
  }

  /** Returns a free-text setting (trimmed). */
  public static Setting<String> ofText(String key, String dflt, String description) {
    return make(key, String.class, dflt, description, v -> String.valueOf(v).trim());
  }

  /**
   * @param type the enum
   * @param <E> the enum type
   * @return a choice among the enum's constants, written in lower case ({@code GROUP_RMSPROP} ↔
   *     "group_rmsprop"); an enum implementing {@link Choice} may also accept aliases
   */
  public static <E extends Enum<E>> Setting<E> ofEnum(
      String key, Class<E> type, E dflt, String description) {
    return make(key, type, dflt, description, v -> Values.toEnum(key, type, v));
  }

  /** Returns a list of integers, from a TOML array or comma-separated text. */
  @SuppressWarnings("unchecked")
  public static Setting<IntList> ofIntList(String key, IntList dflt, String description) {
    return make(key, IntList.class, dflt, description, v -> Values.toIntList(key, v));
  }

  /** Returns a file or folder setting, without a default (null unless given). */
  public static Setting<Path> ofPath(String key, String description) {
    return make(key, Path.class, null, description, v -> Values.toPath(key, v));
  }

  /**
   * @return a list of texts (empty unless given), from a TOML array, repeated flags or
   *     comma-separated text
   */
  @SuppressWarnings("unchecked")
  public static Setting<List<String>> ofTextList(String key, String description) {
    Class<List<String>> type = (Class<List<String>>) (Class<?>) List.class;
    return make(key, type, List.of(), description, v -> Values.toTextList(v));
  }

  /**
   * @return assignments KEY=VALUE (none unless given), from a TOML table, repeated flags or
   *     comma-separated text; in the order given
   */
  @SuppressWarnings("unchecked")
  public static Setting<Map<String, String>> ofAssignments(String key, String description) {
    Class<Map<String, String>> type = (Class<Map<String, String>>) (Class<?>) Map.class;
    return make(key, type, Map.of(), description, v -> Values.toAssignments(key, v));
  }

  private static <T> Setting<T> make(
      String key, Class<T> type, T dflt, String description, Function<Object, T> parser) {
    return new Setting<>(key, type, dflt, description, parser, Bound.none(), false, false);
  }

  private Setting<T> withBound(Bound<T> extra) {
    return new Setting<>(
        key, type, defaultValue, description, parser, bound.and(extra), quietDefault, required);
  }

  /**
   * A setting without a default that must be given: resolving a table without it is an error.
   *
   * @return a copy so marked
   */
  public Setting<T> required() {
    return new Setting<>(key, type, null, description, parser, bound, quietDefault, true);
  }

  /** Returns whether the setting must be given. */
  public boolean isRequired() {
    return required;
  }

  /**
   * Marks a setting added after results were first stored: at its default it is left out of {@link
   * Settings#toMap}, so config files and run ids of runs that do not use it stay as they were.
   *
   * @return a copy so marked
   */
  public Setting<T> quietDefault() {
    return new Setting<>(key, type, defaultValue, description, parser, bound, true, required);
  }

  /**
   * The same setting (key, type, bounds, description) with another default, for a table that reuses
   * a setting where other defaults suit, e.g. the deep factorization on ratings.
   *
   * @param dflt the new default (checked against the bounds), or null for none: an optional
   *     setting, null unless given and left out of {@link Settings#toMap}
   * @return a copy with that default
   */
  public Setting<T> withDefault(T dflt) {
    return new Setting<>(key, type, dflt, description, parser, bound, quietDefault, false);
  }

  /** Returns whether the setting is left out of {@link Settings#toMap} at its default. */
  public boolean isQuietDefault() {
    return quietDefault;
  }

  /**
   * @param lo the smallest allowed value
   * @return a copy that rejects values below {@code lo}
   */
  public Setting<T> min(double lo) {
    return withBound(new Bound<T>("≥ " + Values.plain(lo), v -> ((Number) v).doubleValue() >= lo));
  }

  /**
   * @param hi the largest allowed value
   * @return a copy that rejects values above {@code hi}
   */
  public Setting<T> max(double hi) {
    return withBound(new Bound<T>("≤ " + Values.plain(hi), v -> ((Number) v).doubleValue() <= hi));
  }

  /** Returns a copy that rejects values ≤ 0. */
  public Setting<T> positive() {
    return withBound(new Bound<T>("> 0", v -> ((Number) v).doubleValue() > 0));
  }

  /**
   * @param hi the bound
   * @return a copy that rejects values ≥ {@code hi}
   */
  public Setting<T> below(double hi) {
    return withBound(new Bound<T>("< " + Values.plain(hi), v -> ((Number) v).doubleValue() < hi));
  }

  /**
   * @param min the smallest allowed entry
   * @return a copy of an integer-list setting that rejects entries below {@code min}
   */
  public Setting<T> eachAtLeast(int min) {
    return withBound(
        new Bound<T>(
            "a list of integers ≥ " + min,
            v -> ((IntList) v).values().stream().allMatch(x -> x >= min)));
  }

  /**
   * @param ok a condition on the value
   * @param text what the condition requires, e.g. "one of planted, decaying"
   * @return a copy that rejects values failing {@code ok}
   */
  public Setting<T> require(Predicate<T> ok, String text) {
    return withBound(new Bound<T>(text, ok));
  }

  /** Returns the snake_case key. */
  public String key() {
    return key;
  }

  /** Returns the value type. */
  public Class<T> type() {
    return type;
  }

  /** Returns the default, null for an optional setting (see {@link #withDefault}). */
  public T defaultValue() {
    return defaultValue;
  }

  /** Returns the one-line description. */
  public String description() {
    return description;
  }

  /** Returns the bounds in words, e.g. "> 0", or empty. */
  public String bounds() {
    return bound.text();
  }

  /** Returns the default as text (lists comma-separated, enums in lower case), empty for none. */
  public String defaultText() {
    return defaultValue == null ? "" : Values.display(defaultValue);
  }

  /**
   * Parses and validates a raw value.
   *
   * @param raw a number, boolean, list or text
   * @return the typed value
   * @throws UserInputException naming the key and the value when it is of the wrong type or out of
   *     bounds
   */
  public T parse(Object raw) {
    if (raw == null) {
      throw new UserInputException(key + " has no value");
    }
    T v =
        type.isInstance(raw)
                && !(raw instanceof String || raw instanceof List || raw instanceof Map)
            ? raw(raw)
            : parser.apply(raw);
    if (!bound.ok().test(v)) {
      throw new UserInputException(key + " must be " + bound.text() + ", got " + Values.text(v));
    }
    return v;
  }

  @SuppressWarnings("unchecked")
  private T raw(Object raw) {
    if (raw instanceof Double d && !Double.isFinite(d)) {
      return parser.apply(raw);
    }
    return (T) raw;
  }

  /**
   * @param value a value of this setting
   * @return the value as a plain TOML/JSON value: Long, Double, Boolean, String or List of Long
   */
  public Object plain(T value) {
    return Values.plainValue(value);
  }

  @Override
  public String toString() {
    return key;
  }
}
