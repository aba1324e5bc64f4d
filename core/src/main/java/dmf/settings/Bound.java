package dmf.settings;

import java.util.function.Predicate;

/**
 * A bound on a setting's parsed value.
 *
 * @param text what the bound requires, for messages and help ("≥ 1"), empty for none
 * @param ok the test
 * @param <T> the value type
 */
record Bound<T>(String text, Predicate<T> ok) {
  static <T> Bound<T> none() {
    return new Bound<>("", v -> true);
  }

  /**
   * @param other another bound
   * @return both bounds
   */
  Bound<T> and(Bound<T> other) {
    if (text.isEmpty()) {
      return other;
    }
    return new Bound<>(text + ", " + other.text, ok.and(other.ok));
  }
}
