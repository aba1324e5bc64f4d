package dmf.spark.ml;

import dmf.base.UserInputException;
import dmf.ratings.DeepEstimator;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import scala.runtime.AbstractFunction1;

/**
 * A Spark parameter's validity check (Spark's {@code isValid}): a value of the deep factorization's
 * setting of the same meaning must pass the setting's own bounds and choices ({@link
 * DeepEstimator#TABLE}); other values must be one of a fixed list, or a number in a range.
 *
 * @param <T> the parameter's type
 */
final class ParamCheck<T> extends AbstractFunction1<T, Object> implements Serializable {
  private static final long serialVersionUID = 1L;
  private final String key;
  private final List<String> choices;
  private final double lo;
  private final double hi;

  private ParamCheck(String key, List<String> choices, double lo, double hi) {
    this.key = key;
    this.choices = choices;
    this.lo = lo;
    this.hi = hi;
  }

  /**
   * @param key a setting of {@link DeepEstimator#TABLE}
   * @param <T> the parameter's type
   * @return the check against that setting
   */
  static <T> ParamCheck<T> setting(String key) {
    DeepEstimator.TABLE.find(key).orElseThrow();
    return new ParamCheck<>(key, List.of(), 0, 0);
  }

  /**
   * @param choices the allowed values (compared in lower case)
   * @param <T> the parameter's type
   * @return the check
   */
  static <T> ParamCheck<T> oneOf(String... choices) {
    return new ParamCheck<>("", List.of(choices), 0, 0);
  }

  /**
   * @param lo the least allowed number
   * @param <T> the parameter's type (a number)
   * @return the check of lo ≤ value
   */
  static <T> ParamCheck<T> atLeast(double lo) {
    return new ParamCheck<>("", null, lo, Double.POSITIVE_INFINITY);
  }

  /**
   * @param <T> the parameter's type (a number)
   * @return the check of 0 ≤ value &lt; 1
   */
  static <T> ParamCheck<T> fraction() {
    return new ParamCheck<>("", null, 0, 1);
  }

  @Override
  public Object apply(T value) {
    if (key.isEmpty() && choices != null) {
      return value != null && choices.contains(value.toString().toLowerCase(Locale.ROOT));
    }
    if (key.isEmpty()) {
      double v = ((Number) value).doubleValue();
      return v >= lo && v < hi;
    }
    try {
      DeepEstimator.TABLE.find(key).orElseThrow().parse(value);
      return true;
    } catch (UserInputException ex) {
      return false;
    }
  }
}
