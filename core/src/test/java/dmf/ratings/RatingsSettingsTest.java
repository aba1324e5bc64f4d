package dmf.ratings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dmf.base.UserInputException;
import dmf.io.data.RatingsCache;
import dmf.io.data.RatingsFormat;
import dmf.io.data.ReadRules;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The settings tables of reading, splitting and evaluating ratings: defaults, what each setting
 * changes, and one-line errors.
 */
class RatingsSettingsTest {
  @Test
  void aDataSourceFromDefaultsGuessesTheLayoutAndReadsStrictly() {
    DataSource d = DataSource.of(Path.of("u.data"), DataSource.TABLE.defaults());
    assertEquals(RatingsFormat.named("auto"), d.format());
    assertEquals(ReadRules.STRICT, d.rules());
    assertEquals(RatingsCache.Mode.AUTO, d.cache());
    assertEquals(RatingsCache.defaultRoot(), d.cacheRoot());
    assertEquals(
        "ml-1m", DataSource.of(Path.of("r.dat"), DataSource.TABLE.defaults()).format().name());
  }

  @Test
  void eachDataSettingChangesTheSource() {
    DataSource d =
        DataSource.of(
            Path.of("r.csv"),
            DataSource.TABLE.resolve(
                Map.of(
                    "format", "csv",
                    "separator", "tab",
                    "header", "no",
                    "columns", "item,user,rating",
                    "skip_bad_lines", "true",
                    "rating_min", 1,
                    "rating_max", "5",
                    "cache", "off",
                    "cache_dir", "c")));
    assertEquals(
        RatingsFormat.named("csv")
            .withSeparator("tab")
            .withHeader(RatingsFormat.Header.NO)
            .withColumns("item,user,rating"),
        d.format());
    assertEquals(new ReadRules(true, 1, 5), d.rules());
    assertEquals(RatingsCache.Mode.OFF, d.cache());
    assertEquals(Path.of("c"), d.cacheRoot());
    DataSource blank =
        DataSource.of(Path.of("r"), DataSource.TABLE.resolve(Map.of("separator", "\t")));
    assertEquals(RatingsFormat.WHITESPACE, blank.format().separator(), "a literal tab or space");
    assertMessage(
        "unknown header 'maybe' (expected one of auto, yes, no)",
        () -> DataSource.TABLE.resolve(Map.of("header", "maybe")));
    assertMessage(
        "rating_min must be a number, got 'low'",
        () -> DataSource.TABLE.resolve(Map.of("rating_min", "low")));
  }

  @Test
  void splitPlansFollowTheKindTheFoldsAndTheTestFraction() {
    Map<String, Object> none = Map.of();
    assertEquals(
        new SplitPlan(SplitPlan.Kind.NONE, 0.2, 1, 0, 0.05, 0),
        SplitPlan.of(null, SplitPlan.TABLE.resolve(none), 0));
    assertEquals(SplitPlan.Kind.KFOLD, SplitPlan.of(null, SplitPlan.TABLE.resolve(none), 5).kind());
    assertEquals(
        new SplitPlan(SplitPlan.Kind.HOLDOUT, 0.1, 1, 0, 0.05, 7),
        SplitPlan.of(null, SplitPlan.TABLE.resolve(Map.of("test_fraction", 0.1, "seed", 7)), 0));
    assertEquals(
        new SplitPlan(SplitPlan.Kind.PER_USER, 0.2, 2, 0, 0, 0),
        SplitPlan.of(
            "per-user",
            SplitPlan.TABLE.resolve(Map.of("leave_out", 2, "validation_fraction", 0)),
            0));
    assertEquals(ColdStart.OFFSET, SplitPlan.TABLE.defaults().get(SplitPlan.COLD_START));
    assertMessage(
        "validation fraction must be in [0, 1), got 1.0",
        () -> SplitPlan.of(null, SplitPlan.TABLE.resolve(Map.of("validation_fraction", 1)), 0));
  }

  @Test
  void anEvaluationTakesItsCountsFromItsTable() {
    Evaluation e = Evaluation.of(Evaluation.TABLE.defaults(), 3, ColdStart.DROP);
    assertEquals(
        new Evaluation(
            10, 4, 1000, 3, ColdStart.DROP, null, Runtime.getRuntime().availableProcessors()),
        e);
    assertEquals(
        2,
        Evaluation.of(Evaluation.TABLE.resolve(Map.of("workers", 2)), 0, ColdStart.OFFSET)
            .workers());
    assertEquals(5, Evaluation.TABLE.defaults().get(Evaluation.FOLDS));
    assertEquals(
        List.of("mean", "biases", "als", "softimpute", "dmf2", "dmf3"),
        List.of(Evaluation.TABLE.defaults().get(Evaluation.METHODS).split(",")));
    assertMessage("top_k must be ≥ 1, got 0", () -> Evaluation.TABLE.resolve(Map.of("top_k", 0)));
    assertMessage(
        "ranking_users must be ≥ 1, got 0",
        () -> Evaluation.TABLE.resolve(Map.of("ranking_users", 0)));
    assertEquals(Path.of("evaluate-u.data"), Evaluation.folderFor(Path.of("data", "u.data")));
  }

  private static void assertMessage(String expected, Executable e) {
    assertEquals(expected, assertThrows(UserInputException.class, e).getMessage());
  }
}
