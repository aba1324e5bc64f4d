package dmf.base;

import java.util.Locale;

/** Durations as people read them on a progress line or a page: {@code 42s}, {@code 2m17s}. */
public final class Durations {
  private Durations() {}

  /**
   * @param seconds a duration
   * @return e.g. {@code 42s}, {@code 2m17s}, {@code 1h04m}; {@code ?} when not finite
   */
  public static String clock(double seconds) {
    return clock(seconds, "?");
  }

  /**
   * @param seconds a duration
   * @param unknown the text for a duration that is not finite
   * @return e.g. {@code 42s}, {@code 2m17s}, {@code 1h04m}
   */
  public static String clock(double seconds, String unknown) {
    if (!Double.isFinite(seconds)) {
      return unknown;
    }
    long t = Math.round(seconds);
    return t >= 3600
        ? String.format(Locale.ROOT, "%dh%02dm", t / 3600, t / 60 % 60)
        : t >= 60 ? String.format(Locale.ROOT, "%dm%02ds", t / 60, t % 60) : t + "s";
  }
}
