package dmf.ratings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dmf.base.ProgressListener;
import dmf.base.UserInputException;
import dmf.io.data.RatingsTable;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * On a planted low-rank ratings table every factor method beats the biases, which beat the mean.
 */
class EstimatorsTest {
  static final RatingsTable T = Synthetic.ratings(80, 60, 2400, 3, 0.3, 2);
  static final Split S = Splits.holdout(T, 0.2, 0.1, 1);

  static double rmse(String method, Map<String, ?> settings) {
    FitInput in = S.fitInput(RatingRange.of(S.train()), ColdStart.OFFSET, null);
    RatingModel m = Estimators.create(method, settings).fit(in, ProgressListener.NONE);
    for (int k = 0; k < S.test().size(); k++) {
      double p = m.predict(S.test().users()[k], S.test().items()[k]);
      assertTrue(p >= 1 && p <= 5, "clipped to the range: " + p);
    }
    return Accuracy.of(m, S.test()).rmse();
  }

  @Test
  void factorsBeatBiasesBeatMean() {
    double mean = rmse("mean", Map.of());
    double biases = rmse("biases", Map.of());
    assertTrue(biases < mean, biases + " vs " + mean);
    for (Map.Entry<String, Map<String, ?>> e :
        Map.<String, Map<String, ?>>of(
                "als", Map.of("rank", 3),
                "softimpute", Map.of("max_rank", 10),
                "dmf2", Map.of("widths", "10"),
                "dmf3", Map.of("widths", "10"))
            .entrySet()) {
      double r = rmse(e.getKey(), e.getValue());
      assertTrue(r < biases - 0.05, e.getKey() + " " + r + " vs biases " + biases);
    }
  }

  @Test
  void deepFitStopsEarlyAndKeepsItsBestIterate() {
    FitInput in = S.fitInput(RatingRange.of(S.train()), ColdStart.OFFSET, null);
    RatingModel m =
        Estimators.create("dmf", Map.of("widths", "10", "patience", 3))
            .fit(in, ProgressListener.NONE);
    FitSummary s = m.summary();
    assertEquals("early_stopped", s.stopReason());
    double min = Double.POSITIVE_INFINITY;
    long at = -1;
    for (Map<String, Object> row : s.history()) {
      double v = (Double) row.get("validation_rmse");
      if (v < min) {
        min = v;
        at = (Long) row.get("iteration");
      }
    }
    assertEquals(at, s.bestIteration());
    assertEquals(min, s.validationRmse(), 0.0);
    assertEquals(min, Accuracy.of(m, S.validation()).rmse(), 1e-12, "the kept model is the best");
  }

  @Test
  void coldPairsFollowTheRule() {
    FitInput offset = S.fitInput(RatingRange.of(S.train()), ColdStart.OFFSET, null);
    FitInput drop = S.fitInput(RatingRange.of(S.train()), ColdStart.DROP, null);
    RatingModel a = Estimators.create("biases", Map.of()).fit(offset, ProgressListener.NONE);
    RatingModel b = Estimators.create("biases", Map.of()).fit(drop, ProgressListener.NONE);
    assertEquals(a.offsets().mean(), a.predict(-1, -1), 1e-12);
    assertTrue(Double.isNaN(b.predict(-1, 0)));
  }

  @Test
  void unknownMethodsAndSettingsAreUserErrors() {
    UserInputException e =
        assertThrows(UserInputException.class, () -> Estimators.create("alss", Map.of()));
    assertTrue(e.getMessage().contains("did you mean"), e.getMessage());
    e = assertThrows(UserInputException.class, () -> Estimators.create("dmf", Map.of("depth", 1)));
    assertTrue(e.getMessage().contains("depth"), e.getMessage());
    assertThrows(
        UserInputException.class, () -> Estimators.create("als", Map.of("lambda_grid", "x")));
  }
}
