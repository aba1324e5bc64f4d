package dmf.spark.ml;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dmf.base.ProgressListener;
import dmf.io.data.RatingsTable;
import dmf.linalg.Mat;
import dmf.ratings.Accuracy;
import dmf.ratings.ColdStart;
import dmf.ratings.DeepEstimator;
import dmf.ratings.FitInput;
import dmf.ratings.RatingModel;
import dmf.ratings.RatingRange;
import dmf.ratings.Split;
import dmf.ratings.Splits;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The estimator against the core's single-machine deep factorization on the same data, split and
 * settings: the same factors bit for bit, for any partitioning of the input and of Ω.
 */
class EngineEqualityTest {
  @AfterAll
  static void stopSpark() {
    SparkTests.stop();
  }

  static Synthetic data;
  static RatingModel single;
  static Split split;

  @BeforeAll
  static void singleMachine() {
    data = Synthetic.of(80, 60, 1500, 3);
    RatingsTable t = data.table();
    split = Splits.none(t, 0.1, 5);
    FitInput in = split.fitInput(RatingRange.of(split.train()), ColdStart.DROP, null);
    DeepEstimator deep =
        new DeepEstimator(
            DeepEstimator.TABLE.resolve(
                Map.of("widths", "12", "max_iters", 100, "seed", 5, "init_scale", 0.1)));
    single = deep.fit(in, ProgressListener.NONE);
  }

  static DeepFactorizationModel spark(int inputPartitions, int blocks) {
    Dataset<Row> df = data.frame(SparkTests.spark(), inputPartitions);
    return new DeepFactorization()
        .setWidth(12)
        .setMaxIter(100)
        .setSeed(5)
        .setInitScale(0.1)
        .setValidationFraction(0.1)
        .setNumBlocks(blocks)
        .fit(df);
  }

  @Test
  void givesTheFactorsOfTheSingleMachineEngineBitForBit() {
    assertTrue(
        single.summary().bestIteration() >= 50 && single.summary().validationRmse() < 0.8,
        "the run learned: " + single.summary());
    for (int[] c : new int[][] {{1, 1}, {3, 5}}) {
      RatingModel m = spark(c[0], c[1]).ratingModel();
      assertEquals(single.factors().size(), m.factors().size());
      for (int j = 0; j < m.factors().size(); j++) {
        Mat a = single.factors().get(j);
        Mat b = m.factors().get(j);
        assertArrayEquals(a.data(), b.data(), 0.0, "factor " + (j + 1) + " with " + c[1]);
      }
      assertArrayEquals(single.offsets().userBias(), m.offsets().userBias(), 0.0);
      assertEquals(
          Accuracy.of(single, split.validation()).rmse(),
          Accuracy.of(m, split.validation()).rmse(),
          0.0);
    }
  }
}
