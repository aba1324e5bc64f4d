package dmf.settings;

import dmf.base.UserInputException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The settings of one solver or problem kind, in a stable order: the one place where each name,
 * type, default, bound and description is written.
 *
 * @param name the table's name, e.g. "dmf" or "als"
 * @param settings the settings, in order
 */
public record SettingsTable(String name, List<Setting<?>> settings) {

  /** Copies the list and rejects duplicate keys. */
  public SettingsTable {
    settings = List.copyOf(settings);
    Map<String, Setting<?>> seen = new LinkedHashMap<>();
    for (Setting<?> s : settings) {
      if (seen.put(s.key(), s) != null) {
        throw new IllegalArgumentException(name + ": duplicate setting " + s.key());
      }
    }
  }

  /**
   * @param name the table's name
   * @param settings the settings, in order
   * @return the table
   */
  public static SettingsTable of(String name, Setting<?>... settings) {
    return new SettingsTable(name, List.of(settings));
  }

  /**
   * @param more further settings
   * @return this table followed by {@code more}
   */
  public SettingsTable plus(Collection<Setting<?>> more) {
    List<Setting<?>> all = new ArrayList<>(settings);
    all.addAll(more);
    return new SettingsTable(name, all);
  }

  /**
   * @return the keys, in order
   */
  public List<String> keys() {
    return settings.stream().map(Setting::key).toList();
  }

  /**
   * @param key a key
   * @return the setting with that key
   */
  public Optional<Setting<?>> find(String key) {
    return settings.stream().filter(s -> s.key().equals(key)).findFirst();
  }

  /**
   * @param key a key
   * @return whether the table has it
   */
  public boolean has(String key) {
    return find(key).isPresent();
  }

  /**
   * @return every setting at its default
   */
  public Settings defaults() {
    return resolve(Map.of());
  }

  /**
   * Resolves given values against the table: every given value is parsed and checked against its
   * bounds, absent settings take their defaults.
   *
   * @param given raw values by key (numbers, booleans, lists or text)
   * @return the resolved settings
   * @throws UserInputException for a key the table does not have (with a "did you mean" hint) or a
   *     bad value
   */
  public Settings resolve(Map<String, ?> given) {
    for (String k : given.keySet()) {
      if (!has(k)) {
        throw unknown(k);
      }
    }
    Map<String, Object> values = new LinkedHashMap<>();
    for (Setting<?> s : settings) {
      Object raw = given.get(s.key());
      if (raw == null && s.isRequired()) {
        throw new UserInputException(name + " needs " + s.key());
      }
      values.put(s.key(), raw == null ? s.defaultValue() : s.parse(raw));
    }
    return new Settings(this, values);
  }

  /**
   * @param key a key the table does not have
   * @return the error to throw, with a "did you mean" hint
   */
  public UserInputException unknown(String key) {
    return new UserInputException(
        "unknown setting '" + key + "' for " + name + Suggest.hint(key, keys()));
  }

  /**
   * @param key a setting's key
   * @return its command-line flag: {@code init_scale} is {@code --init-scale}
   */
  public static String flag(String key) {
    return "--" + key.replace('_', '-');
  }

  /**
   * @return a Markdown table of the settings (key, default, bounds, description)
   */
  public String markdown() {
    StringBuilder sb =
        new StringBuilder("| setting | default | allowed | meaning |\n|---|---|---|---|\n");
    for (Setting<?> s : settings) {
      sb.append("| `")
          .append(s.key())
          .append("` | ")
          .append(s.defaultText().isEmpty() ? "—" : s.defaultText())
          .append(" | ")
          .append(s.bounds().isEmpty() ? "" : s.bounds())
          .append(" | ")
          .append(s.description())
          .append(" |\n");
    }
    return sb.toString();
  }
}
