package dmf.base;

import java.util.Locale;

/**
 * Checks, before allocating, that the memory a problem or model needs fits in the JVM's heap, so
 * that a size that cannot fit is refused with a one-line message instead of an OutOfMemoryError
 * after minutes of work.
 */
public final class MemoryBudget {
  /** Headroom kept for everything else the JVM holds. */
  static final double USABLE_FRACTION = 0.85;

  private MemoryBudget() {}

  /**
   * @param count elements
   * @param bytesEach bytes per element
   * @return count·bytesEach, saturating at Long.MAX_VALUE instead of overflowing
   */
  public static long bytes(long count, long bytesEach) {
    if (count < 0 || bytesEach < 0) {
      throw new IllegalArgumentException("negative size");
    }
    return count != 0 && bytesEach > Long.MAX_VALUE / count ? Long.MAX_VALUE : count * bytesEach;
  }

  /**
   * @param a a size
   * @param b another size
   * @return a + b, saturating at Long.MAX_VALUE
   */
  public static long plus(long a, long b) {
    long s = a + b;
    return s < 0 ? Long.MAX_VALUE : s;
  }

  /**
   * Refuses work whose memory would not fit in the heap.
   *
   * @param bytes the memory the work needs (an estimate of its largest live set)
   * @param what what needs it, e.g. "depth-3 factors of a 100000x100000 matrix"
   * @throws UserInputException naming the need, the heap and the flag that raises it
   */
  public static void require(long bytes, String what) {
    long max = Runtime.getRuntime().maxMemory();
    if (bytes > max * USABLE_FRACTION) {
      throw new UserInputException(
          String.format(
              Locale.ROOT,
              "%s needs about %s of memory, more than the %s heap allows; raise the heap, e.g."
                  + " DMF_JAVA_OPTS=-Xmx%dg ./dmf ...",
              what,
              human(bytes),
              human(max),
              Math.max(1, (long) Math.ceil(bytes / USABLE_FRACTION / (1L << 30)))));
    }
  }

  /**
   * @param bytes a size
   * @return e.g. "3.2 GiB"
   */
  public static String human(long bytes) {
    if (bytes == Long.MAX_VALUE) {
      return "more than 8 EiB";
    }
    String[] units = {"B", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB"};
    double v = bytes;
    int u = 0;
    while (v >= 1024 && u < units.length - 1) {
      v /= 1024;
      u++;
    }
    return String.format(Locale.ROOT, u == 0 ? "%.0f %s" : "%.1f %s", v, units[u]);
  }
}
