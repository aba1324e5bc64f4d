package dmf.ratings;

import dmf.io.data.RatingsTable;

/**
 * Rating accuracy of a model on held-out ratings.
 *
 * @param rmse root mean squared error over the predicted ratings
 * @param mae mean absolute error over the predicted ratings
 * @param predicted ratings predicted
 * @param dropped cold ratings left out under {@link ColdStart#DROP}
 */
public record Accuracy(double rmse, double mae, int predicted, int dropped) {

  /**
   * @param model the model
   * @param t held-out ratings on the model's id maps
   * @return RMSE and MAE (NaN when nothing was predicted)
   */
  public static Accuracy of(RatingModel model, RatingsTable t) {
    double se = 0;
    double ae = 0;
    int n = 0;
    int dropped = 0;
    int[] u = t.users();
    int[] i = t.items();
    float[] r = t.ratings();
    for (int k = 0; k < r.length; k++) {
      double p = model.predict(u[k], i[k]);
      if (Double.isNaN(p)) {
        dropped++;
        continue;
      }
      double e = p - r[k];
      se += e * e;
      ae += Math.abs(e);
      n++;
    }
    return new Accuracy(
        n == 0 ? Double.NaN : Math.sqrt(se / n), n == 0 ? Double.NaN : ae / n, n, dropped);
  }
}
