package dmf.settings;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Resolved, validated values of one {@link SettingsTable}: immutable; read with {@link #get}.
 *
 * @param table the table the values belong to
 * @param values key → typed value, in the table's order
 */
public record Settings(SettingsTable table, Map<String, Object> values) {

  /** Copies the values. */
  public Settings {
    values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
  }

  /**
   * @param setting a setting of the table
   * @param <T> its type
   * @return its value (null for an optional setting without one)
   */
  public <T> T get(Setting<T> setting) {
    Object v = values.get(setting.key());
    if (v == null && !values.containsKey(setting.key())) {
      throw new IllegalArgumentException(table.name() + " has no setting " + setting.key());
    }
    return setting.type().cast(v);
  }

  /**
   * @param setting a setting of the table
   * @param value its new value (validated)
   * @param <T> its type
   * @return a copy with the value replaced
   */
  public <T> Settings with(Setting<T> setting, T value) {
    Map<String, Object> m = new LinkedHashMap<>(values);
    if (!m.containsKey(setting.key())) {
      throw new IllegalArgumentException(table.name() + " has no setting " + setting.key());
    }
    m.put(setting.key(), setting.parse(value));
    return new Settings(table, m);
  }

  /**
   * @param changes raw values by key, validated as by {@link SettingsTable#resolve}
   * @return a copy with those values replaced
   */
  public Settings with(Map<String, ?> changes) {
    Map<String, Object> m = new LinkedHashMap<>(toMap());
    m.putAll(changes);
    return table.resolve(m);
  }

  /**
   * @return the values as plain TOML/JSON values (Long, Double, Boolean, String, List of Long), in
   *     the table's order; a {@linkplain Setting#quietDefault quiet} setting at its default and an
   *     optional one without a value ({@link Setting#withDefault}) are left out
   */
  public Map<String, Object> toMap() {
    Map<String, Object> m = new LinkedHashMap<>();
    for (Setting<?> s : table.settings()) {
      Object v = values.get(s.key());
      if (v != null && !(s.isQuietDefault() && v.equals(s.defaultValue()))) {
        m.put(s.key(), plain(s));
      }
    }
    return m;
  }

  private <T> Object plain(Setting<T> s) {
    return s.plain(get(s));
  }
}
