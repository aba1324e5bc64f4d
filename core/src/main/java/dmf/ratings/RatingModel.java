package dmf.ratings;

import dmf.io.data.IdIndex;
import dmf.linalg.Mat;
import java.util.List;
import java.util.Objects;

/**
 * A fitted rating model of any method: r̂_ui = clip(μ + b_u + b_i + (A_N⋯A_2)[u, :]·A_1[:, i]),
 * where the offsets may be zero (no biases) and the factor list empty (offsets only). The deep
 * factorization has N ≥ 2 factors; ALS and SoftImpute have two (A_1 = item factors, A_2 = user
 * factors).
 *
 * <p>A user or item without training ratings is cold: its prediction follows the {@link ColdStart}
 * rule. Predictions are deterministic: a model read back from its folder gives the same bits.
 * Immutable.
 */
public final class RatingModel {
  private final String method;
  private final IdIndex users;
  private final IdIndex items;
  private final Offsets offsets;
  private final List<Mat> factors;
  private final RatingRange range;
  private final ColdStart coldStart;
  private final int[] userCounts;
  private final int[] itemCounts;
  private final RatedItems rated;
  private final FitSummary summary;
  private final int k;
  private final double[] left; // k×m, column u = row u of A_N⋯A_2
  private final double[] right; // k×n, column i = A_1[:, i]

  /**
   * @param method the method's name, e.g. "dmf"
   * @param users the user ids
   * @param items the item ids
   * @param offsets μ and biases (arrays of the users' and items' sizes)
   * @param factors A_1..A_N (A_N⋯A_1 is users × items), or empty
   * @param range predictions are clipped to it
   * @param coldStart the rule for users and items without training ratings
   * @param userCounts training ratings per user
   * @param itemCounts training ratings per item
   * @param rated what each user rated (for recommendations), or null
   * @param summary how the fit went
   */
  public RatingModel(
      String method,
      IdIndex users,
      IdIndex items,
      Offsets offsets,
      List<Mat> factors,
      RatingRange range,
      ColdStart coldStart,
      int[] userCounts,
      int[] itemCounts,
      RatedItems rated,
      FitSummary summary) {
    this.method = Objects.requireNonNull(method);
    this.users = users;
    this.items = items;
    this.offsets = offsets;
    this.factors = List.copyOf(factors);
    this.range = range;
    this.coldStart = coldStart;
    this.userCounts = userCounts;
    this.itemCounts = itemCounts;
    this.rated = rated;
    this.summary = summary;
    int m = users.size();
    int n = items.size();
    if (offsets.userBias().length != m
        || offsets.itemBias().length != n
        || userCounts.length != m
        || itemCounts.length != n) {
      throw new IllegalArgumentException("offsets or counts do not match the id maps");
    }
    if (factors.isEmpty()) {
      k = 0;
      left = new double[0];
      right = new double[0];
    } else {
      Mat a1 = factors.get(0);
      Mat p = factors.get(factors.size() - 1);
      for (int j = factors.size() - 2; j >= 1; j--) {
        p = p.times(factors.get(j));
      }
      if (factors.size() == 1) {
        p = Mat.identity(m);
      }
      if (a1.cols() != n || p.rows() != m || p.cols() != a1.rows()) {
        throw new IllegalArgumentException("factors do not make a " + m + "x" + n + " matrix");
      }
      k = a1.rows();
      left = p.transpose().data();
      right = a1.data();
    }
  }

  /**
   * A model fitted on {@code in}: its id maps, range, cold-start rule, counts and rated items.
   *
   * @param method the method's name
   * @param in what the estimator saw
   * @param offsets μ and biases
   * @param factors A_1..A_N, or empty
   * @param summary how the fit went
   * @return the model
   */
  public static RatingModel fitted(
      String method, FitInput in, Offsets offsets, List<Mat> factors, FitSummary summary) {
    return new RatingModel(
        method,
        in.train().userIds(),
        in.train().itemIds(),
        offsets,
        factors,
        in.range(),
        in.coldStart(),
        in.userCounts(),
        in.itemCounts(),
        in.rated(),
        summary);
  }

  /**
   * @return the method's name
   */
  public String method() {
    return method;
  }

  /**
   * @return the user ids
   */
  public IdIndex users() {
    return users;
  }

  /**
   * @return the item ids
   */
  public IdIndex items() {
    return items;
  }

  /**
   * @return μ and the biases (shared arrays: do not modify)
   */
  public Offsets offsets() {
    return offsets;
  }

  /**
   * @return A_1..A_N, or empty
   */
  public List<Mat> factors() {
    return factors;
  }

  /**
   * @return the clipping range
   */
  public RatingRange range() {
    return range;
  }

  /**
   * @return the cold-start rule
   */
  public ColdStart coldStart() {
    return coldStart;
  }

  /**
   * @return training ratings per user (shared: do not modify)
   */
  public int[] userCounts() {
    return userCounts;
  }

  /**
   * @return training ratings per item (shared: do not modify)
   */
  public int[] itemCounts() {
    return itemCounts;
  }

  /**
   * @return what each user rated, or null when the model does not know
   */
  public RatedItems rated() {
    return rated;
  }

  /**
   * @return how the fit went
   */
  public FitSummary summary() {
    return summary;
  }

  /**
   * @param u a user index
   * @param i an item index
   * @return whether both have training ratings
   */
  public boolean known(int u, int i) {
    return u >= 0 && i >= 0 && userCounts[u] > 0 && itemCounts[i] > 0;
  }

  /**
   * The predicted rating, clipped to the range; for a cold pair the cold-start rule decides.
   *
   * @param u a user index
   * @param i an item index
   * @return the prediction, or NaN for a cold pair under {@link ColdStart#DROP}
   */
  public double predict(int u, int i) {
    if (!known(u, i)) {
      if (coldStart == ColdStart.DROP) {
        return Double.NaN;
      }
      double b = offsets.mean();
      b += u >= 0 && userCounts[u] > 0 ? offsets.userBias()[u] : 0;
      b += i >= 0 && itemCounts[i] > 0 ? offsets.itemBias()[i] : 0;
      return range.clip(b);
    }
    return range.clip(score(u, i));
  }

  /**
   * @param us user indices (−1 for an unknown id)
   * @param is item indices (−1 for an unknown id)
   * @return the predictions
   */
  public double[] predict(int[] us, int[] is) {
    double[] out = new double[us.length];
    for (int k = 0; k < out.length; k++) {
      out[k] = predict(us[k], is[k]);
    }
    return out;
  }

  /**
   * @param userId an original user id
   * @param itemId an original item id
   * @return the prediction (unknown ids are cold)
   */
  public double predict(String userId, String itemId) {
    return predict(users.indexOf(userId), items.indexOf(itemId));
  }

  /**
   * The unclipped score of a known pair, used to rank items.
   *
   * @param u a user index with training ratings
   * @param i an item index
   * @return μ + b_u + b_i + the factors' term
   */
  public double score(int u, int i) {
    double s = offsets.value(u, i);
    int a = u * k;
    int b = i * k;
    double d = 0;
    for (int t = 0; t < k; t++) {
      d += left[a + t] * right[b + t];
    }
    return s + d;
  }

  /**
   * Scores of every item for one user: the unclipped score for items with training ratings, −∞ for
   * the others (they cannot be ranked).
   *
   * @param u a user index with training ratings
   * @param out receives one score per item
   */
  public void scores(int u, double[] out) {
    for (int i = 0; i < out.length; i++) {
      out[i] = itemCounts[i] > 0 ? score(u, i) : Double.NEGATIVE_INFINITY;
    }
  }
}
