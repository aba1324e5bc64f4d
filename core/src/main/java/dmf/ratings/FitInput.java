package dmf.ratings;

import dmf.io.data.RatingsTable;

/**
 * What a rating estimator may see: the training part, the validation part carved from it (for early
 * stopping and for tuning), the range to clip to and the cold-start rule. The test part is never
 * here.
 *
 * @param train the ratings to fit
 * @param validation held-out ratings for early stopping and tuning (may be empty)
 * @param range predictions are clipped to it
 * @param coldStart the rule for users and items without training ratings
 * @param rated what each user rated in all the data, for recommendations (or null)
 */
public record FitInput(
    RatingsTable train,
    RatingsTable validation,
    RatingRange range,
    ColdStart coldStart,
    RatedItems rated) {

  /**
   * @return whether there is a validation part
   */
  public boolean hasValidation() {
    return validation != null && validation.size() > 0;
  }

  /**
   * @return training ratings per user
   */
  public int[] userCounts() {
    int[] c = new int[train.rows()];
    for (int u : train.users()) {
      c[u]++;
    }
    return c;
  }

  /**
   * @return training ratings per item
   */
  public int[] itemCounts() {
    int[] c = new int[train.cols()];
    for (int i : train.items()) {
      c[i]++;
    }
    return c;
  }
}
