package dmf.settings;

import dmf.base.UserInputException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Conversions of raw setting values (numbers, booleans, lists or text) to typed values. */
final class Values {
  private Values() {}

  static long toLong(String key, Object v) {
    if (v instanceof Long || v instanceof Integer || v instanceof Short) {
      return ((Number) v).longValue();
    }
    String s = String.valueOf(v).trim().replace("_", "");
    try {
      return Long.parseLong(s);
    } catch (NumberFormatException ignored) {
      // 1e6 or 2000.0 are integers too
    }
    double d;
    try {
      d = v instanceof Number n ? n.doubleValue() : Double.parseDouble(s);
    } catch (NumberFormatException ex) {
      throw new UserInputException(key + " must be an integer, got " + text(v));
    }
    if (d != Math.rint(d) || Math.abs(d) > 9.0e15) {
      throw new UserInputException(key + " must be an integer, got " + text(v));
    }
    return (long) d;
  }

  static int toInt(String key, Object v) {
    long x = toLong(key, v);
    if (x < Integer.MIN_VALUE || x > Integer.MAX_VALUE) {
      throw new UserInputException(
          key + " must be an integer below " + Integer.MAX_VALUE + ", got " + text(v));
    }
    return (int) x;
  }

  static double toDouble(String key, Object v) {
    double d;
    if (v instanceof Number n) {
      d = n.doubleValue();
    } else {
      try {
        d = Double.parseDouble(String.valueOf(v).trim().replace("_", ""));
      } catch (NumberFormatException ex) {
        throw new UserInputException(key + " must be a number, got " + text(v));
      }
    }
    if (!Double.isFinite(d)) {
      throw new UserInputException(key + " must be a finite number, got " + text(v));
    }
    return d;
  }

  static boolean toBoolean(String key, Object v) {
    if (v instanceof Boolean b) {
      return b;
    }
    String t = String.valueOf(v).trim().toLowerCase(Locale.ROOT);
    switch (t) {
      case "true":
      case "1":
      case "yes":
        return true;
      case "false":
      case "0":
      case "no":
        return false;
      default:
        throw new UserInputException(key + " must be true or false, got " + text(v));
    }
  }

  static <E extends Enum<E>> E toEnum(String key, Class<E> type, Object v) {
    String t = String.valueOf(v).trim().toLowerCase(Locale.ROOT);
    for (E e : type.getEnumConstants()) {
      if (label(e).equals(t)
          || (e instanceof Choice c && c.aliases().contains(t))
          || e.name().equalsIgnoreCase(t)) {
        return e;
      }
    }
    String known =
        Arrays.stream(type.getEnumConstants()).map(Values::label).collect(Collectors.joining(", "));
    throw new UserInputException(
        "unknown " + key + " " + text(v) + " (expected one of " + known + ")");
  }

  static IntList toIntList(String key, Object v) {
    List<Object> items = new ArrayList<>();
    if (v instanceof List<?> l) {
      items.addAll(l);
    } else if (v instanceof int[] a) {
      for (int x : a) {
        items.add(x);
      }
    } else {
      String s = String.valueOf(v).trim().replace("[", "").replace("]", "");
      if (!s.isEmpty()) {
        items.addAll(Arrays.asList(s.split("\\s*,\\s*")));
      }
    }
    List<Integer> out = new ArrayList<>();
    for (Object o : items) {
      out.add(toInt(key, o));
    }
    return new IntList(out);
  }

  static Path toPath(String key, Object v) {
    try {
      return Path.of(String.valueOf(v));
    } catch (InvalidPathException ex) {
      throw new UserInputException(key + " must be a file or folder path, got " + text(v));
    }
  }

  static List<String> toTextList(Object v) {
    if (v instanceof List<?> l) {
      return l.stream().map(o -> String.valueOf(o).trim()).toList();
    }
    String s = String.valueOf(v).trim();
    return s.isEmpty() ? List.of() : List.of(s.split("\\s*,\\s*"));
  }

  static Map<String, String> toAssignments(String key, Object v) {
    Map<String, String> m = new LinkedHashMap<>();
    if (v instanceof Map<?, ?> given) {
      given.forEach((k, x) -> m.put(String.valueOf(k), String.valueOf(x)));
      return Collections.unmodifiableMap(m);
    }
    for (String kv : toTextList(v)) {
      int eq = kv.indexOf('=');
      if (eq <= 0) {
        throw new UserInputException(key + " must be KEY=VALUE, got " + text(kv));
      }
      m.put(kv.substring(0, eq).trim(), kv.substring(eq + 1).trim());
    }
    return Collections.unmodifiableMap(m);
  }

  static String label(Enum<?> e) {
    return e instanceof Choice c ? c.label() : e.name().toLowerCase(Locale.ROOT);
  }

  /** The value as a plain TOML/JSON value. */
  static Object plainValue(Object v) {
    if (v instanceof Integer i) {
      return (long) i;
    }
    if (v instanceof Enum<?> e) {
      return label(e);
    }
    if (v instanceof IntList l) {
      return l.values().stream().map(Integer::longValue).toList();
    }
    if (v instanceof Path p) {
      return p.toString();
    }
    return v;
  }

  /** The value as short text for messages and help. */
  static String text(Object v) {
    if (v instanceof Double d) {
      return plain(d);
    }
    if (v instanceof Enum<?> e) {
      return label(e);
    }
    if (v instanceof String s) {
      return "'" + s + "'";
    }
    return String.valueOf(v);
  }

  /** The value as text for help and tables: lists comma-separated, enums by label, no quotes. */
  static String display(Object v) {
    if (v instanceof Double d) {
      return plain(d);
    }
    if (v instanceof List<?> l) {
      return String.join(",", l.stream().map(String::valueOf).toList());
    }
    if (v instanceof Map<?, ?> m) {
      return String.join(",", m.entrySet().stream().map(String::valueOf).toList());
    }
    if (v instanceof Enum<?> e) {
      return label(e);
    }
    return String.valueOf(v);
  }

  /** A number without a trailing ".0" ("1e-3", "100"). */
  static String plain(double d) {
    if (d == Math.rint(d) && Math.abs(d) < 1e7) {
      return Long.toString((long) d);
    }
    String s = Double.toString(d);
    return s.replace("E", "e");
  }
}
