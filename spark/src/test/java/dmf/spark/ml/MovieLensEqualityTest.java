package dmf.spark.ml;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dmf.base.ProgressListener;
import dmf.ratings.ColdStart;
import dmf.ratings.DataSource;
import dmf.ratings.DeepEstimator;
import dmf.ratings.RatingsFit;
import dmf.ratings.SplitPlan;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.spark.ml.evaluation.RegressionEvaluator;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * MovieLens 100K (read in place from ../shared, or $DMF_SHARED): {@code dmf spark fit}'s path gives
 * the test RMSE of {@code dmf fit} at the same settings and split, with the same factors bit for
 * bit. Slow (two full fits): run with -Ddmf.slow=none -Dgroups=slow.
 */
@Tag("slow")
class MovieLensEqualityTest {
  @AfterAll
  static void stopSpark() {
    SparkTests.stop();
  }

  static Path data(String file) {
    String env = System.getenv("DMF_SHARED");
    Path root = Path.of(System.getProperty("dmf.root", "..")).toAbsolutePath().normalize();
    Path shared = env != null && !env.isBlank() ? Path.of(env) : root.resolveSibling("shared");
    return shared.resolve("data/ml-100k").resolve(file);
  }

  /** u1.base against u1.test, and a random 20% hold-out of u.data. */
  @ParameterizedTest
  @ValueSource(strings = {"u1.base", "u.data"})
  void givesTheTestRmseOfDmfFit(String file) {
    Path f = data(file);
    assumeTrue(Files.isRegularFile(f), "MovieLens 100K not found at " + f);
    boolean given = file.equals("u1.base");
    Path test = given ? data("u1.test") : null;
    SplitPlan plan = new SplitPlan(SplitPlan.Kind.HOLDOUT, 0.2, 1, 0, 0.05, 0);
    DeepEstimator deep = DeepEstimator.defaults();
    RatingsFit.Outcome plain =
        RatingsFit.run(
            DataSource.of(f), test, plan, deep, ColdStart.OFFSET, null, ProgressListener.NONE);
    RatingsFit.Outcome spark =
        RatingsFit.run(
            DataSource.of(f),
            test,
            plan,
            new SparkDeepEstimator(SparkTests.sc(), deep, 0),
            ColdStart.OFFSET,
            null,
            ProgressListener.NONE);
    assertEquals(plain.test().rmse(), spark.test().rmse(), 1e-4);
    assertEquals(plain.test().rmse(), spark.test().rmse(), 0.0, "in fact the same bits");
    for (int j = 0; j < plain.model().factors().size(); j++) {
      assertArrayEquals(
          plain.model().factors().get(j).data(), spark.model().factors().get(j).data(), 0.0);
    }
  }

  /** The example of docs/spark.md, as written there. */
  @Test
  void theDocumentedExampleRuns() throws Exception {
    Path f = data("u.data");
    assumeTrue(Files.isRegularFile(f), "MovieLens 100K not found at " + f);
    SparkSession spark = SparkTests.spark();
    Dataset<Row> ratings =
        spark
            .read()
            .option("sep", "\t")
            .schema("user INT, item INT, rating FLOAT, t LONG")
            .csv(f.toString());
    Dataset<Row>[] parts = ratings.randomSplit(new double[] {0.8, 0.2}, 0);
    DeepFactorization dmf = new DeepFactorization().setColdStartStrategy("drop");
    DeepFactorizationModel model = dmf.fit(parts[0]);
    double rmse =
        new RegressionEvaluator().setLabelCol("rating").evaluate(model.transform(parts[1]));
    assertTrue(rmse > 0.85 && rmse < 0.96, "test RMSE " + rmse);
    Dataset<Row> top10 = model.recommendForAllUsers(10);
    assertEquals(943, top10.count());
    Path dir = Files.createTempDirectory("dmf-model");
    model.save(dir.resolve("model").toString());
    assertEquals(
        rmse,
        new RegressionEvaluator()
            .setLabelCol("rating")
            .evaluate(
                DeepFactorizationModel.load(dir.resolve("model").toString()).transform(parts[1])),
        0.0);
  }
}
