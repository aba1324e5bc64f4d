package dmf.spark.ml;

import dmf.base.UserInputException;
import dmf.io.data.IdIndex;
import dmf.linalg.Mat;
import dmf.ratings.ColdStart;
import dmf.ratings.FitSummary;
import dmf.ratings.Offsets;
import dmf.ratings.RatingModel;
import dmf.ratings.RatingRange;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What a fitted {@link DeepFactorizationModel} holds, in a form that Spark can ship and store: the
 * integer ids (sorted, index order), the offsets, the counts, the clipping range, the factors
 * A_1..A_N and how the fit went. The core's {@link RatingModel} made from it predicts; it is built
 * once per JVM that uses it.
 */
final class ModelData implements Serializable {
  private static final long serialVersionUID = 1L;

  final String method;
  final long[] userIds;
  final long[] itemIds;
  final double mean;
  final double[] userBias;
  final double[] itemBias;
  final int[] userCounts;
  final int[] itemCounts;
  final double min;
  final double max;
  final int[][] shapes;
  final double[][] factors;
  final String stopReason;
  final long iterations;
  final long bestIteration;
  final double seconds;
  final double validationRmse;
  private final boolean sortedIds;
  private transient volatile RatingModel model;

  ModelData(
      String method,
      long[] userIds,
      long[] itemIds,
      double mean,
      double[] userBias,
      double[] itemBias,
      int[] userCounts,
      int[] itemCounts,
      double min,
      double max,
      int[][] shapes,
      double[][] factors,
      String stopReason,
      long iterations,
      long bestIteration,
      double seconds,
      double validationRmse) {
    this.method = method;
    this.userIds = userIds;
    this.itemIds = itemIds;
    this.mean = mean;
    this.userBias = userBias;
    this.itemBias = itemBias;
    this.userCounts = userCounts;
    this.itemCounts = itemCounts;
    this.min = min;
    this.max = max;
    this.shapes = shapes;
    this.factors = factors;
    this.stopReason = stopReason;
    this.iterations = iterations;
    this.bestIteration = bestIteration;
    this.seconds = seconds;
    this.validationRmse = validationRmse;
    this.sortedIds = increasing(userIds) && increasing(itemIds);
  }

  private static boolean increasing(long[] ids) {
    for (int k = 1; k < ids.length; k++) {
      if (ids[k] <= ids[k - 1]) {
        return false;
      }
    }
    return true;
  }

  /**
   * @param m a fitted model with integer ids
   * @return its data
   * @throws UserInputException when its ids are text
   */
  static ModelData of(RatingModel m) {
    if (!m.users().isNumeric() || !m.items().isNumeric()) {
      throw new UserInputException(
          "a Spark ML model needs integer user and item ids; this model's are text");
    }
    int n = m.factors().size();
    int[][] shapes = new int[n][];
    double[][] data = new double[n][];
    for (int j = 0; j < n; j++) {
      Mat f = m.factors().get(j);
      shapes[j] = new int[] {f.rows(), f.cols()};
      data[j] = f.data().clone();
    }
    FitSummary s = m.summary();
    return new ModelData(
        m.method(),
        m.users().numbers(),
        m.items().numbers(),
        m.offsets().mean(),
        m.offsets().userBias().clone(),
        m.offsets().itemBias().clone(),
        m.userCounts().clone(),
        m.itemCounts().clone(),
        m.range().min(),
        m.range().max(),
        shapes,
        data,
        s == null ? "" : s.stopReason(),
        s == null ? 0 : s.iterations(),
        s == null ? 0 : s.bestIteration(),
        s == null ? Double.NaN : s.seconds(),
        s == null ? Double.NaN : s.validationRmse());
  }

  /**
   * @return the core's model of this data (no prediction for cold pairs)
   */
  RatingModel model() {
    RatingModel m = model;
    if (m == null) {
      synchronized (this) {
        m = model;
        if (m == null) {
          List<Mat> fs = new ArrayList<>();
          for (int j = 0; j < factors.length; j++) {
            fs.add(new Mat(shapes[j][0], shapes[j][1], factors[j]));
          }
          m =
              new RatingModel(
                  method,
                  IdIndex.ofNumbers(userIds),
                  IdIndex.ofNumbers(itemIds),
                  new Offsets(mean, userBias, itemBias),
                  fs,
                  new RatingRange(min, max),
                  ColdStart.DROP,
                  userCounts,
                  itemCounts,
                  null,
                  null);
          model = m;
        }
      }
    }
    return m;
  }

  /**
   * @param id a user id
   * @return its index, or −1 when the model does not know it
   */
  int user(long id) {
    return sortedIds ? found(Arrays.binarySearch(userIds, id)) : model().users().indexOf("" + id);
  }

  private static int found(int k) {
    return k >= 0 ? k : -1;
  }

  /**
   * @param id an item id
   * @return its index, or −1 when the model does not know it
   */
  int item(long id) {
    return sortedIds ? found(Arrays.binarySearch(itemIds, id)) : model().items().indexOf("" + id);
  }

  /**
   * @param u a user id
   * @param i an item id
   * @return the clipped prediction, or NaN when the user or the item has no training rating
   */
  double predict(long u, long i) {
    return model().predict(user(u), item(i));
  }

  /**
   * @return the depth N (the number of factors)
   */
  int depth() {
    return factors.length;
  }
}
