package dmf.ratings;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How a fit went.
 *
 * @param stopReason why training stopped (a {@code StopReason} label, or "closed_form")
 * @param iterations iterations (or sweeps) taken by the final fit
 * @param bestIteration the iteration whose parameters the model keeps
 * @param seconds wall time of the whole fit, tuning included
 * @param validationRmse RMSE of the kept model on the validation part (NaN without one)
 * @param chosen the values picked on the validation part (e.g. λ), or empty
 * @param spectrum the kept model's W = W_N⋯W_1 (from the factors): "singular_values" (the top
 *     ones), "nuclear_norm" and "effective_rank"; empty for a model without factors
 * @param history one row per logged iteration or tried value (e.g. iteration, seconds, train_rmse,
 *     validation_rmse)
 */
public record FitSummary(
    String stopReason,
    long iterations,
    long bestIteration,
    double seconds,
    double validationRmse,
    Map<String, Object> chosen,
    Map<String, Object> spectrum,
    List<Map<String, Object>> history) {

  /** Copies the maps and the list. */
  public FitSummary {
    chosen = Collections.unmodifiableMap(new LinkedHashMap<>(chosen));
    spectrum = Collections.unmodifiableMap(new LinkedHashMap<>(spectrum));
    history =
        history.stream().map(r -> Collections.unmodifiableMap(new LinkedHashMap<>(r))).toList();
  }

  /**
   * The summary of a model without factors (no spectrum).
   *
   * @param stopReason why training stopped
   * @param iterations iterations (or sweeps) of the final fit
   * @param bestIteration the iteration kept
   * @param seconds wall time of the whole fit
   * @param validationRmse validation RMSE of the kept model (NaN without one)
   * @param chosen the values picked on the validation part, or empty
   * @param history one row per logged iteration or tried value
   */
  public FitSummary(
      String stopReason,
      long iterations,
      long bestIteration,
      double seconds,
      double validationRmse,
      Map<String, Object> chosen,
      List<Map<String, Object>> history) {
    this(stopReason, iterations, bestIteration, seconds, validationRmse, chosen, Map.of(), history);
  }
}
