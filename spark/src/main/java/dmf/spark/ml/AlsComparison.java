package dmf.spark.ml;

import dmf.base.ProgressListener;
import dmf.base.UserInputException;
import dmf.io.data.RatingsTable;
import dmf.ratings.Accuracy;
import dmf.ratings.ColdStart;
import dmf.ratings.DeepEstimator;
import dmf.ratings.RatingModel;
import dmf.ratings.RatingRange;
import dmf.ratings.Split;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.ml.evaluation.RegressionEvaluator;
import org.apache.spark.ml.recommendation.ALS;
import org.apache.spark.ml.recommendation.ALSModel;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * MLlib's ALS and the deep factorization side by side, in one Spark session on one split: ALS's
 * rank and regularization are chosen on the validation part over a grid (each configuration fitted
 * on the training part), the deep factorization stops early on the same validation part, and both
 * are scored on the same test ratings. Pairs whose user or item has no training rating are left out
 * of both scores (ALS's coldStartStrategy "drop", the core's {@link ColdStart#DROP}).
 *
 * @param ranks ALS ranks to try
 * @param regParams ALS regularization weights to try (MLlib scales them by each row's count)
 * @param alsIterations ALS sweeps per fit
 * @param seed ALS's seed
 */
public record AlsComparison(int[] ranks, double[] regParams, int alsIterations, long seed) {

  /**
   * One method's line.
   *
   * @param method the method
   * @param rmse test RMSE
   * @param mae test MAE
   * @param predicted test ratings scored
   * @param fitSeconds wall seconds of the chosen fit
   * @param tuningSeconds wall seconds of all fits tried (equal to fitSeconds for one fit)
   * @param chosen what validation chose
   */
  public record Line(
      String method,
      double rmse,
      double mae,
      long predicted,
      double fitSeconds,
      double tuningSeconds,
      String chosen) {}

  /**
   * @param spark the session
   * @param split training, validation and test parts with integer ids
   * @param deep the deep factorization's settings
   * @param blocks partitions of Ω per side for the deep factorization (0 = default)
   * @param listener progress (one message per ALS configuration)
   * @return ALS's line, then the deep factorization's
   */
  public List<Line> run(
      SparkSession spark, Split split, DeepEstimator deep, int blocks, ProgressListener listener) {
    if (!split.hasTest() || split.validation().size() == 0) {
      throw new UserInputException("the comparison needs a test part and a validation part");
    }
    Dataset<Row> train = frame(spark, split.train()).cache();
    Dataset<Row> validation = frame(spark, split.validation()).cache();
    Dataset<Row> test = frame(spark, split.test()).cache();
    RegressionEvaluator rmse = new RegressionEvaluator().setLabelCol("rating");
    double tuning = 0;
    double bestRmse = Double.POSITIVE_INFINITY;
    double bestSeconds = 0;
    ALSModel best = null;
    String chosen = "";
    int done = 0;
    for (int rank : ranks) {
      for (double reg : regParams) {
        long t0 = System.nanoTime();
        ALSModel m =
            new ALS()
                .setRank(rank)
                .setRegParam(reg)
                .setMaxIter(alsIterations)
                .setSeed(seed)
                .setColdStartStrategy("drop")
                .fit(train);
        m.userFactors().count();
        double s = (System.nanoTime() - t0) * 1e-9;
        tuning += s;
        double v = rmse.setMetricName("rmse").evaluate(m.transform(validation));
        listener.onProgress(
            String.format(
                Locale.ROOT, "ALS rank %d, regParam %s: validation RMSE %.4f", rank, reg, v),
            ++done,
            (long) ranks.length * regParams.length,
            tuning);
        if (v < bestRmse) {
          bestRmse = v;
          best = m;
          bestSeconds = s;
          chosen = "rank " + rank + ", regParam " + reg;
        }
      }
    }
    Dataset<Row> scored = best.transform(test).cache();
    List<Line> out = new ArrayList<>();
    out.add(
        new Line(
            "ALS (MLlib)",
            rmse.setMetricName("rmse").evaluate(scored),
            rmse.setMetricName("mae").evaluate(scored),
            scored.count(),
            bestSeconds,
            tuning,
            chosen + String.format(Locale.ROOT, " (validation RMSE %.4f)", bestRmse)));
    long t0 = System.nanoTime();
    RatingModel m =
        new SparkDeepEstimator(
                JavaSparkContext.fromSparkContext(spark.sparkContext()), deep, blocks)
            .fit(split.fitInput(RatingRange.of(split.train()), ColdStart.DROP, null), listener);
    double s = (System.nanoTime() - t0) * 1e-9;
    Accuracy a = Accuracy.of(m, split.test());
    out.add(
        new Line(
            "deep factorization (" + deep.name() + ")",
            a.rmse(),
            a.mae(),
            a.predicted(),
            s,
            s,
            String.format(
                Locale.ROOT,
                "stopped at iteration %d of %d (validation RMSE %.4f)",
                m.summary().bestIteration(),
                m.summary().iterations(),
                m.summary().validationRmse())));
    train.unpersist();
    validation.unpersist();
    test.unpersist();
    scored.unpersist();
    return out;
  }

  /**
   * @param data the ratings file
   * @param split the split compared on
   * @param spark the session
   * @param lines what {@link #run} returned
   * @return a line on the data, split and master, then a Markdown table of the methods
   */
  public static List<String> table(Path data, Split split, SparkSession spark, List<Line> lines) {
    List<String> out = new ArrayList<>();
    out.add(
        String.format(
            Locale.ROOT,
            "%s, %s: %,d train / %,d validation / %,d test ratings; Spark %s",
            data.getFileName(),
            split.name(),
            split.train().size(),
            split.validation().size(),
            split.test().size(),
            spark.sparkContext().master()));
    out.add(
        "| method | test RMSE | test MAE | test ratings scored | fit s | tuning s | chosen on"
            + " validation |");
    out.add("|---|---|---|---|---|---|---|");
    for (Line l : lines) {
      out.add(
          String.format(
              Locale.ROOT,
              "| %s | %.4f | %.4f | %,d | %.1f | %.1f | %s |",
              l.method(),
              l.rmse(),
              l.mae(),
              l.predicted(),
              l.fitSeconds(),
              l.tuningSeconds(),
              l.chosen()));
    }
    return out;
  }

  /** A part's ratings with their original integer ids, as ALS reads them. */
  static Dataset<Row> frame(SparkSession spark, RatingsTable t) {
    if (!t.userIds().isNumeric() || !t.itemIds().isNumeric()) {
      throw new UserInputException("ALS needs integer user and item ids; these are text");
    }
    long[] us = t.userIds().numbers();
    long[] is = t.itemIds().numbers();
    List<Row> rows = new ArrayList<>(t.size());
    for (int k = 0; k < t.size(); k++) {
      long u = us[t.users()[k]];
      long i = is[t.items()[k]];
      if (u != (int) u || i != (int) i) {
        throw new UserInputException("ALS needs ids in the int range; " + u + "/" + i + " is not");
      }
      rows.add(RowFactory.create((int) u, (int) i, t.ratings()[k]));
    }
    StructType schema =
        new StructType()
            .add("user", DataTypes.IntegerType)
            .add("item", DataTypes.IntegerType)
            .add("rating", DataTypes.FloatType);
    return spark.createDataFrame(rows, schema);
  }
}
