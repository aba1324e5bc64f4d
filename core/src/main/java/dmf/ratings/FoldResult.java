package dmf.ratings;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One method on one split.
 *
 * @param method the method's leaderboard name
 * @param split the split's name, e.g. "fold 2/5"
 * @param accuracy RMSE and MAE on the test part
 * @param ranking precision@k and NDCG@k on the test part
 * @param fitSeconds wall time of the fit (tuning included)
 * @param predictSeconds wall time to predict the test part
 * @param stopReason how the fit ended
 * @param chosen what the fit picked on the validation part
 */
public record FoldResult(
    String method,
    String split,
    Accuracy accuracy,
    Ranking ranking,
    double fitSeconds,
    double predictSeconds,
    String stopReason,
    Map<String, Object> chosen) {

  /** Copies the map. */
  public FoldResult {
    chosen = Collections.unmodifiableMap(new LinkedHashMap<>(chosen));
  }
}
