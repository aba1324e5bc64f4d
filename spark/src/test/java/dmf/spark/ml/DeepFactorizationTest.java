package dmf.spark.ml;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dmf.base.UserInputException;
import dmf.ratings.DeepEstimator;
import dmf.ratings.RatingModel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.ml.param.Param;
import org.apache.spark.ml.param.ParamMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The estimator's contract: parameters, defaults, copies, persistence and predictions. */
class DeepFactorizationTest {
  @AfterAll
  static void stopSpark() {
    SparkTests.stop();
  }

  @TempDir static Path dir;
  static Dataset<Row> train;
  static DeepFactorizationModel model;

  /** A small fit, quick to learn: init 0.1, 80 iterations. */
  static DeepFactorization small() {
    return new DeepFactorization().setWidth(8).setInitScale(0.1).setMaxIter(80).setSeed(2);
  }

  @BeforeAll
  static void fit() {
    train = Synthetic.of(40, 30, 500, 1).frame(SparkTests.spark(), 2);
    model = small().fit(train);
  }

  @Test
  void defaultsAreThoseOfDmfFitAndTheNamesThoseOfAls() {
    DeepFactorization e = new DeepFactorization();
    assertEquals(DeepEstimator.defaults().settings(), e.deepEstimator().settings());
    assertEquals(2, e.getDepth());
    assertEquals(128, e.getWidth());
    assertEquals(0.01, e.getInitScale());
    assertEquals(0.2, e.getStepSize());
    assertEquals(10, e.getPatience());
    assertEquals(0.05, e.getValidationFraction());
    assertEquals("biases", e.getOffsets());
    assertEquals(
        List.of("user", "item", "rating", "prediction", "nan"),
        List.of(
            e.getUserCol(),
            e.getItemCol(),
            e.getRatingCol(),
            e.getPredictionCol(),
            e.getColdStartStrategy()));
    assertEquals(21, e.params().length);
    for (Param<?> p : e.params()) {
      assertTrue(e.explainParams().contains(p.name() + ":"), p.name());
      assertEquals(e.uid(), p.parent());
    }
    assertTrue(!e.isDefined(e.validationIndicatorCol()), "no indicator column by default");
  }

  @Test
  void refusesValuesOutsideTheCoreSettingsBounds() {
    DeepFactorization e = new DeepFactorization();
    assertThrows(IllegalArgumentException.class, () -> e.setDepth(1));
    assertThrows(IllegalArgumentException.class, () -> e.setWidth(0));
    assertThrows(IllegalArgumentException.class, () -> e.setStepSize(-0.1));
    assertThrows(IllegalArgumentException.class, () -> e.setValidationFraction(1.0));
    assertThrows(IllegalArgumentException.class, () -> e.setOptimizer("sgd-ish"));
    assertThrows(IllegalArgumentException.class, () -> e.setColdStartStrategy("zero"));
    assertEquals("adam", e.setOptimizer("Adam").getOptimizer());
  }

  @Test
  void refusesAPassWhoseGradientsExceedTheDriversResultLimit() {
    SparkPasses.requireGatherable(1L << 30, 1L << 30);
    SparkPasses.requireGatherable(3L << 30, 0);
    UserInputException e =
        assertThrows(
            UserInputException.class, () -> SparkPasses.requireGatherable(3L << 30, 1L << 30));
    assertTrue(e.getMessage().contains("spark.driver.maxResultSize=5g"), e.getMessage());
  }

  @Test
  void copiesAreIndependent() {
    DeepFactorization e = new DeepFactorization().setDepth(3);
    DeepFactorization c = e.copy(ParamMap.empty().put(e.width(), 7));
    assertEquals(e.uid(), c.uid());
    assertEquals(3, c.getDepth());
    assertEquals(7, c.getWidth());
    assertEquals(128, e.getWidth());
    c.setDepth(4);
    assertEquals(3, e.getDepth());
    DeepFactorizationModel m = model.copy(ParamMap.empty().put(model.predictionCol(), "p"));
    assertEquals("p", m.getPredictionCol());
    assertEquals("prediction", model.getPredictionCol());
    assertEquals(model.parent(), m.parent());
  }

  @Test
  void savesAndLoadsTheEstimator() throws Exception {
    DeepFactorization e = small().setDepth(3).setValidationIndicatorCol("v");
    String at = dir.resolve("estimator").toString();
    e.save(at);
    DeepFactorization back = DeepFactorization.load(at);
    assertEquals(e.uid(), back.uid());
    assertEquals(e.explainParams(), back.explainParams());
    assertEquals(e.deepEstimator().settings(), back.deepEstimator().settings());
  }

  @Test
  void savesAndLoadsTheModelPredictingTheSameBits() throws Exception {
    String at = dir.resolve("model").toString();
    model.setColdStartStrategy("drop").save(at);
    DeepFactorizationModel back = DeepFactorizationModel.load(at);
    assertEquals(model.uid(), back.uid());
    assertEquals("drop", back.getColdStartStrategy());
    RatingModel a = model.ratingModel();
    RatingModel b = back.ratingModel();
    for (int j = 0; j < a.factors().size(); j++) {
      assertArrayEquals(a.factors().get(j).data(), b.factors().get(j).data(), 0.0);
    }
    assertArrayEquals(predictions(model, train), predictions(back, train), 0.0);
    assertEquals(model.bestIteration(), back.bestIteration());
    assertTrue(model.hasSummary() && !back.hasSummary(), "a loaded model has no fit summary");
    assertEquals(model.bestIteration(), model.summary().bestIteration());
    assertEquals(
        model.summary().history().size(), model.summary().iterations() / 10 + 1, "every check");
    assertEquals(model.validationRmse(), back.validationRmse(), 0.0);
    model.setColdStartStrategy("nan");
  }

  static double[] predictions(DeepFactorizationModel m, Dataset<Row> d) {
    return m.transform(d).select("prediction").collectAsList().stream()
        .mapToDouble(r -> r.getDouble(0))
        .toArray();
  }

  @Test
  void predictsNanOrDropsForColdUsersAndItems() {
    StructType schema =
        new StructType().add("user", DataTypes.LongType).add("item", DataTypes.DoubleType);
    List<Row> rows = new ArrayList<>();
    rows.add(RowFactory.create(17L, 27.0)); // both known (ids are 10·index + 7)
    rows.add(RowFactory.create(99_999L, 27.0)); // unknown user
    rows.add(RowFactory.create(17L, 5.0)); // unknown item
    Dataset<Row> d = SparkTests.spark().createDataFrame(rows, schema);
    double[] p = predictions(model, d);
    assertEquals(model.ratingModel().predict("17", "27"), p[0], 0.0);
    assertTrue(Double.isNaN(p[1]) && Double.isNaN(p[2]), "cold pairs predict NaN");
    Dataset<Row> dropped = model.copy(ParamMap.empty()).setColdStartStrategy("drop").transform(d);
    assertEquals(1, dropped.count());
    rows.add(RowFactory.create(17L, 27.5));
    Dataset<Row> fraction = SparkTests.spark().createDataFrame(rows, schema);
    assertThrows(Exception.class, () -> model.transform(fraction).collectAsList());
    assertThrows(
        Exception.class, () -> model.transform(train.withColumnRenamed("user", "u")).count());
  }

  @Test
  void recommendsByScoreExcludingNothingUnlessAsked() {
    RatingModel m = model.ratingModel();
    checkLists(model.recommendForAllUsers(5).collectAsList(), m, true, null);
    checkLists(model.recommendForAllItems(4).collectAsList(), m, false, null);
    List<Row> rated = train.select("user", "item").collectAsList();
    checkLists(model.recommendForAllUsers(5, train).collectAsList(), m, true, rated);
    checkLists(model.recommendForAllItems(4, train).collectAsList(), m, false, rated);
    assertNotEquals(
        model.recommendForAllUsers(5).collectAsList(),
        model.recommendForAllUsers(5, train).collectAsList(),
        "excluding the training pairs changes some list");
  }

  /** Each list against a brute-force ranking of every candidate with training ratings. */
  static void checkLists(List<Row> lists, RatingModel m, boolean forUsers, List<Row> rated) {
    int sources = 0;
    int[] counts = forUsers ? m.userCounts() : m.itemCounts();
    for (int c : counts) {
      sources += c > 0 ? 1 : 0;
    }
    assertEquals(sources, lists.size());
    for (Row r : lists) {
      String src = Long.toString(r.getLong(0));
      List<Row> recs = r.getList(1);
      List<double[]> expected = new ArrayList<>();
      int s = forUsers ? m.users().indexOf(src) : m.items().indexOf(src);
      int candidates = forUsers ? m.items().size() : m.users().size();
      for (int c = 0; c < candidates; c++) {
        int u = forUsers ? s : c;
        int i = forUsers ? c : s;
        boolean known = (forUsers ? m.itemCounts()[c] : m.userCounts()[c]) > 0;
        if (known && (rated == null || !contains(rated, m, u, i))) {
          expected.add(new double[] {m.score(u, i), c});
        }
      }
      expected.sort(
          (a, b) -> a[0] != b[0] ? Double.compare(b[0], a[0]) : Double.compare(a[1], b[1]));
      assertEquals(Math.min(recs.size(), expected.size()), recs.size());
      for (int k = 0; k < recs.size(); k++) {
        int c = (int) expected.get(k)[1];
        String id = forUsers ? m.items().id(c) : m.users().id(c);
        assertEquals(id, Long.toString(recs.get(k).getLong(0)), src + " rank " + k);
        assertEquals(expected.get(k)[0], recs.get(k).getDouble(1), 0.0);
      }
    }
  }

  private static boolean contains(List<Row> rated, RatingModel m, int u, int i) {
    String user = m.users().id(u);
    String item = m.items().id(i);
    for (Row r : rated) {
      if (Long.toString(((Number) r.get(0)).longValue()).equals(user)
          && Long.toString(((Number) r.get(1)).longValue()).equals(item)) {
        return true;
      }
    }
    return false;
  }
}
