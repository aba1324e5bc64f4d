package dmf.ratings;

import dmf.base.ProgressListener;
import dmf.settings.Settings;

/**
 * A method that fits a {@link RatingModel}: the deep factorization and every baseline share this
 * contract, so that one evaluation treats them alike. An estimator holds its settings only; {@link
 * #fit} may be called many times and never prints.
 */
public interface RatingEstimator {
  /**
   * @return the method's name on the leaderboard, e.g. "dmf-depth3" or "als"
   */
  String name();

  /**
   * @return the resolved settings
   */
  Settings settings();

  /**
   * Fits a model; settings with a regularization weight are tuned on the validation part.
   *
   * @param data the training and validation parts (Input, not modified)
   * @param listener progress
   * @return the model
   */
  RatingModel fit(FitInput data, ProgressListener listener);
}
