package dmf.experiment;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * One fully resolved run of a sweep.
 *
 * @param id a deterministic id derived from the settings (12 hex digits of SHA-256)
 * @param settings every setting, in a stable order
 */
public record RunSpec(String id, Map<String, Object> settings) {

  /** Copies the settings. */
  public RunSpec {
    settings = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(settings));
  }

  /**
   * @param settings resolved settings
   * @return the run, its id derived from the settings
   */
  public static RunSpec of(Map<String, Object> settings) {
    return new RunSpec(idOf(settings), settings);
  }

  /**
   * @param settings resolved settings
   * @return 12 hex digits of the SHA-256 of the canonical text (sorted keys, normalized numbers)
   */
  public static String idOf(Map<String, Object> settings) {
    StringBuilder sb = new StringBuilder();
    for (Map.Entry<String, Object> e : new TreeMap<>(settings).entrySet()) {
      sb.append(e.getKey()).append('=').append(canonical(e.getValue())).append('\n');
    }
    try {
      byte[] h =
          MessageDigest.getInstance("SHA-256")
              .digest(sb.toString().getBytes(StandardCharsets.UTF_8));
      StringBuilder hex = new StringBuilder();
      for (int i = 0; i < 6; i++) {
        hex.append(String.format("%02x", h[i]));
      }
      return hex.toString();
    } catch (NoSuchAlgorithmException ex) {
      throw new IllegalStateException(ex);
    }
  }

  private static String canonical(Object v) {
    if (v instanceof Number) {
      double d = ((Number) v).doubleValue();
      return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
    }
    if (v instanceof Iterable) {
      StringBuilder sb = new StringBuilder("[");
      for (Object o : (Iterable<?>) v) {
        sb.append(canonical(o)).append(',');
      }
      return sb.append(']').toString();
    }
    return String.valueOf(v);
  }
}
