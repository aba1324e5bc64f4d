package dmf.settings;

import dmf.base.UserInputException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Settings given in layers, merged under one rule.
 *
 * <p><b>Precedence.</b> Defaults, then config files in the order given (a later file wins), then
 * {@code --set key=value} overrides, then command-line flags. <b>Validation.</b> Every value is
 * checked against its setting where it was given, even when a later layer overrides it, and an
 * error names the layer ({@code --set depth=three: depth must be an integer}). <b>Conflicts.</b> A
 * setting given by {@code --set} and by a flag, or twice by {@code --set}, with different values is
 * an error; config files are meant to be overridden and never conflict.
 */
public final class SettingsLayers {
  private record Layer(String source, Map<String, Object> values, boolean explicit) {}

  private final List<Layer> layers = new ArrayList<>();

  /**
   * Adds a config file's values (overridable).
   *
   * @param source the file name, for messages
   * @param values its values
   * @return this
   */
  public SettingsLayers file(String source, Map<String, ?> values) {
    layers.add(new Layer(source, new LinkedHashMap<>(values), false));
    return this;
  }

  /**
   * Adds {@code --set key=value} overrides, each its own explicit layer.
   *
   * @param assignments "key=value" strings
   * @return this
   * @throws UserInputException for a string without '=' or key
   */
  public SettingsLayers assignments(List<String> assignments) {
    for (String kv : assignments) {
      int eq = kv.indexOf('=');
      if (eq <= 0) {
        throw new UserInputException("--set expects key=value, got '" + kv + "'");
      }
      String key = kv.substring(0, eq).trim();
      layers.add(new Layer("--set " + kv.trim(), Map.of(key, kv.substring(eq + 1).trim()), true));
    }
    return this;
  }

  /**
   * Adds values given by command-line flags (explicit).
   *
   * @param flags key → value of each flag that was given (absent flags left out)
   * @return this
   */
  public SettingsLayers flags(Map<String, ?> flags) {
    for (Map.Entry<String, ?> e : flags.entrySet()) {
      layers.add(
          new Layer(
              SettingsTable.flag(e.getKey()) + " " + Values.display(e.getValue()),
              Map.of(e.getKey(), e.getValue()),
              true));
    }
    return this;
  }

  /**
   * Merges the layers against a table.
   *
   * @param table the settings every key must belong to
   * @return the resolved settings
   * @throws UserInputException for an unknown key, a bad value in any layer, or a conflict
   */
  public Settings resolve(SettingsTable table) {
    return table.resolve(merge(table));
  }

  /**
   * Merges the layers, validating each value against the table, without filling defaults.
   *
   * @param table the settings every key must belong to
   * @return key → winning raw value, for the keys that were given
   */
  public Map<String, Object> merge(SettingsTable table) {
    Map<String, Object> merged = new LinkedHashMap<>();
    Map<String, Layer> explicitFrom = new LinkedHashMap<>();
    Map<String, Object> explicitValue = new LinkedHashMap<>();
    for (Layer layer : layers) {
      for (Map.Entry<String, Object> e : layer.values().entrySet()) {
        Setting<?> s = table.find(e.getKey()).orElse(null);
        if (s == null) {
          throw new UserInputException(
              layer.source() + ": " + table.unknown(e.getKey()).getMessage());
        }
        Object parsed;
        try {
          parsed = s.parse(e.getValue());
        } catch (UserInputException ex) {
          throw new UserInputException(layer.source() + ": " + ex.getMessage());
        }
        if (layer.explicit()) {
          Layer before = explicitFrom.get(s.key());
          if (before != null && !Objects.equals(explicitValue.get(s.key()), parsed)) {
            throw new UserInputException(
                s.key()
                    + " is given twice with different values ("
                    + before.source()
                    + " and "
                    + layer.source()
                    + "); give it once");
          }
          explicitFrom.put(s.key(), layer);
          explicitValue.put(s.key(), parsed);
        }
        merged.put(s.key(), parsed);
      }
    }
    return merged;
  }
}
