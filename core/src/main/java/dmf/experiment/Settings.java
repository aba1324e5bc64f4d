package dmf.experiment;

import dmf.base.UserInputException;
import java.util.Map;

/** Typed reads from flat settings maps (values may be numbers, booleans or text). */
public final class Settings {
  private Settings() {}

  /**
   * @return the value as text, or {@code dflt} when absent
   */
  public static String text(Map<String, Object> s, String key, String dflt) {
    Object v = s.get(key);
    return v == null ? dflt : String.valueOf(v).trim();
  }

  /**
   * @return the value as an integer, or {@code dflt} when absent
   */
  public static long integer(Map<String, Object> s, String key, long dflt) {
    Object v = s.get(key);
    if (v == null) {
      return dflt;
    }
    if (v instanceof Long || v instanceof Integer) {
      return ((Number) v).longValue();
    }
    try {
      return Long.parseLong(String.valueOf(v).trim());
    } catch (NumberFormatException ignored) {
      // e.g. 1e6 or 2000.0
    }
    double d = real(s, key, Double.NaN);
    if (d != Math.rint(d)) {
      throw new UserInputException(key + " must be an integer, got '" + v + "'");
    }
    return (long) d;
  }

  /**
   * @return the value as a double, or {@code dflt} when absent
   */
  public static double real(Map<String, Object> s, String key, double dflt) {
    Object v = s.get(key);
    if (v == null) {
      return dflt;
    }
    if (v instanceof Number) {
      return ((Number) v).doubleValue();
    }
    try {
      return Double.parseDouble(String.valueOf(v).trim());
    } catch (NumberFormatException ex) {
      throw new UserInputException(key + " must be a number, got '" + v + "'");
    }
  }

  /**
   * @return the value as a boolean, or {@code dflt} when absent
   */
  public static boolean bool(Map<String, Object> s, String key, boolean dflt) {
    Object v = s.get(key);
    if (v == null) {
      return dflt;
    }
    if (v instanceof Boolean) {
      return (Boolean) v;
    }
    String t = String.valueOf(v).trim();
    if (t.equalsIgnoreCase("true") || t.equals("1")) {
      return true;
    }
    if (t.equalsIgnoreCase("false") || t.equals("0")) {
      return false;
    }
    throw new UserInputException(key + " must be true or false, got '" + v + "'");
  }

  /**
   * @return the value as text; the setting must be present
   */
  public static String text(Map<String, Object> s, String key) {
    require(s, key);
    return text(s, key, "");
  }

  /**
   * @return the value as an integer; the setting must be present
   */
  public static long integer(Map<String, Object> s, String key) {
    require(s, key);
    return integer(s, key, 0);
  }

  /**
   * @return the value as a double; the setting must be present
   */
  public static double real(Map<String, Object> s, String key) {
    require(s, key);
    return real(s, key, 0);
  }

  /**
   * @return the value as a boolean; the setting must be present
   */
  public static boolean bool(Map<String, Object> s, String key) {
    require(s, key);
    return bool(s, key, false);
  }

  private static void require(Map<String, Object> s, String key) {
    if (s.get(key) == null) {
      throw new IllegalArgumentException("setting '" + key + "' has no value and no default");
    }
  }

  /**
   * Reads a given setting with the type of its default, so that resolved settings hold numbers and
   * booleans even when they came from text (--set key=value).
   *
   * @param given the given settings
   * @param key the key
   * @param dflt its default (Long, Double, Boolean or String)
   * @return the typed value, or dflt when absent
   */
  public static Object typedLike(Map<String, Object> given, String key, Object dflt) {
    if (!given.containsKey(key)) {
      return dflt;
    }
    if (dflt instanceof Long || dflt instanceof Integer) {
      return integer(given, key, 0);
    }
    if (dflt instanceof Double) {
      return real(given, key, 0);
    }
    if (dflt instanceof Boolean) {
      return bool(given, key, false);
    }
    return text(given, key, "");
  }
}
