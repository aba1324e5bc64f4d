package dmf.ratings;

import dmf.io.data.RatingsTable;

/**
 * One division of a ratings table: the part to fit, the validation part carved from it (for early
 * stopping and tuning), and the held-out test part. All three share the id maps, so indices mean
 * the same users and items in each.
 *
 * @param train the ratings to fit
 * @param validation ratings held out of the fit for early stopping and tuning (may be empty)
 * @param test ratings held out for evaluation (may be empty)
 * @param name what the split is, e.g. "fold 2/5"
 */
public record Split(RatingsTable train, RatingsTable validation, RatingsTable test, String name) {

  /**
   * @return whether there is a test part
   */
  public boolean hasTest() {
    return test != null && test.size() > 0;
  }

  /**
   * What an estimator may see of this split, with the usual choices: clip to the training part's
   * smallest and largest rating, predict the offset for cold users and items, and remember what
   * each user rated in all three parts (so that recommendations leave those items out).
   *
   * @return the fit input
   */
  public FitInput fitInput() {
    return fitInput(
        RatingRange.of(train),
        ColdStart.OFFSET,
        RatedItems.of(train.rows(), train, validation, test));
  }

  /**
   * @param range the clipping range
   * @param coldStart the cold-start rule
   * @param rated what each user rated, or null
   * @return what an estimator may see of this split
   */
  public FitInput fitInput(RatingRange range, ColdStart coldStart, RatedItems rated) {
    return new FitInput(train, validation, range, coldStart, rated);
  }
}
