package dmf.ratings;

import dmf.base.UserInputException;
import dmf.settings.SettingsLayers;
import dmf.settings.SettingsTable;
import dmf.settings.Suggest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The settings of rating methods as a person gives them: for one fit, layered sources with flags
 * that belong to the deep factorization only; for an evaluation, {@code [METHOD.]key=value}
 * assignments shared out among the chosen methods. Methods with a seed get the split seed unless
 * one is given.
 */
public final class MethodSettings {
  private MethodSettings() {}

  /**
   * @param method the method, e.g. "dmf3" or "als"
   * @param flags key → value of each deep-factorization flag that was given
   * @param layers config files and assignments, under the flags
   * @param seed the split seed, the method's seed unless one is given
   * @return the method's settings
   * @throws UserInputException for a flag given to another method than dmf, or a bad setting
   */
  public static Map<String, Object> forFit(
      String method, Map<String, Object> flags, SettingsLayers layers, long seed) {
    if (!Estimators.base(method).equals("dmf") && !flags.isEmpty()) {
      throw new UserInputException(
          SettingsTable.flag(flags.keySet().iterator().next())
              + " is a setting of dmf, not of "
              + method
              + "; give "
              + method
              + "'s settings with --set key=value");
    }
    Map<String, Object> settings = layers.flags(flags).merge(Estimators.table(method));
    if (Estimators.table(method).has("seed")) {
      settings.putIfAbsent("seed", seed);
    }
    return settings;
  }

  /**
   * @param methods comma-separated method names
   * @param sets assignments {@code METHOD.key=value}, or {@code key=value} for every chosen method
   *     that has the key
   * @param seed the split seed, each method's seed unless one is given
   * @return each method with its settings, in the order named
   * @throws UserInputException for an unknown or repeated method, or an assignment no chosen method
   *     takes
   */
  public static Map<String, Map<String, Object>> forEvaluation(
      String methods, List<String> sets, long seed) {
    Map<String, Map<String, Object>> out = new LinkedHashMap<>();
    for (String m : methods.split(",")) {
      String name = m.trim();
      if (name.isEmpty()) {
        continue;
      }
      Estimators.table(name);
      if (out.put(name, new LinkedHashMap<>()) != null) {
        throw new UserInputException("--methods names " + name + " twice");
      }
    }
    if (out.isEmpty()) {
      throw new UserInputException("--methods is empty");
    }
    for (String kv : sets) {
      assign(out, kv);
    }
    for (Map.Entry<String, Map<String, Object>> e : out.entrySet()) {
      if (Estimators.table(e.getKey()).has("seed")) {
        e.getValue().putIfAbsent("seed", seed);
      }
    }
    return out;
  }

  private static void assign(Map<String, Map<String, Object>> out, String kv) {
    int eq = kv.indexOf('=');
    if (eq <= 0) {
      throw new UserInputException("--set expects [METHOD.]key=value, got '" + kv + "'");
    }
    String key = kv.substring(0, eq).trim();
    String value = kv.substring(eq + 1).trim();
    int dot = key.indexOf('.');
    String k = dot > 0 ? key.substring(dot + 1) : key;
    boolean used = false;
    List<String> known = new ArrayList<>();
    for (Map.Entry<String, Map<String, Object>> e : out.entrySet()) {
      String target = dot > 0 ? key.substring(0, dot) : e.getKey();
      SettingsTable t = Estimators.table(e.getKey());
      known.addAll(t.keys());
      boolean mine = target.equals(e.getKey()) || target.equals(Estimators.base(e.getKey()));
      if (mine && t.has(k)) {
        e.getValue().put(k, value);
        used = true;
      }
    }
    if (!used) {
      throw new UserInputException(
          "--set "
              + kv
              + ": no chosen method has the setting '"
              + k
              + "'"
              + Suggest.hint(k, known));
    }
  }
}
