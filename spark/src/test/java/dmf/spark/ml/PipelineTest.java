package dmf.spark.ml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.apache.spark.ml.Pipeline;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.PipelineStage;
import org.apache.spark.ml.evaluation.RegressionEvaluator;
import org.apache.spark.ml.feature.SQLTransformer;
import org.apache.spark.ml.param.ParamMap;
import org.apache.spark.ml.tuning.CrossValidator;
import org.apache.spark.ml.tuning.CrossValidatorModel;
import org.apache.spark.ml.tuning.ParamGridBuilder;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The estimator as a stage of a Pipeline and under CrossValidator with a ParamGridBuilder grid. */
class PipelineTest {
  @AfterAll
  static void stopSpark() {
    SparkTests.stop();
  }

  @TempDir Path dir;

  @Test
  void fitsInAPipelineAndIsTunedByCrossValidation() throws Exception {
    Dataset<Row> data = Synthetic.of(40, 30, 500, 4).frame(SparkTests.spark(), 2);
    SQLTransformer scale =
        new SQLTransformer().setStatement("SELECT user, item, rating / 5.0 AS r FROM __THIS__");
    DeepFactorization dmf =
        DeepFactorizationTest.small().setRatingCol("r").setMaxIter(20).setColdStartStrategy("drop");
    Pipeline pipeline = new Pipeline().setStages(new PipelineStage[] {scale, dmf});
    PipelineModel fitted = pipeline.fit(data);
    Dataset<Row> out = fitted.transform(data);
    assertEquals(data.count(), out.count());
    assertTrue(out.columns().length == 4 && out.schema().apply("prediction") != null);

    ParamMap[] grid =
        new ParamGridBuilder()
            .addGrid(dmf.width(), new int[] {2, 8})
            .addGrid(dmf.stepSize(), new double[] {0.2})
            .build();
    RegressionEvaluator rmse =
        new RegressionEvaluator().setLabelCol("r").setPredictionCol("prediction");
    CrossValidator cv =
        new CrossValidator()
            .setEstimator(pipeline)
            .setEstimatorParamMaps(grid)
            .setEvaluator(rmse)
            .setNumFolds(2)
            .setSeed(0);
    CrossValidatorModel best = cv.fit(data);
    assertEquals(2, best.avgMetrics().length);
    for (double m : best.avgMetrics()) {
      assertTrue(m > 0 && m < 1, "RMSE on the 0..1 scale: " + m);
    }
    PipelineModel bestPipeline = (PipelineModel) best.bestModel();
    DeepFactorizationModel bestDmf =
        assertInstanceOf(DeepFactorizationModel.class, bestPipeline.stages()[1]);
    int chosen = best.avgMetrics()[0] <= best.avgMetrics()[1] ? 2 : 8;
    assertEquals(chosen, ((DeepFactorization) bestDmf.parent()).getWidth());

    String at = dir.resolve("cv").toString();
    best.save(at);
    CrossValidatorModel back = CrossValidatorModel.load(at);
    double a = rmse.evaluate(best.transform(data));
    double b = rmse.evaluate(back.transform(data));
    assertEquals(a, b, 0.0, "the loaded tuned pipeline predicts the same");
  }
}
