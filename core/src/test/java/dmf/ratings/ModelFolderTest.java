package dmf.ratings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dmf.base.ProgressListener;
import dmf.base.UserInputException;
import dmf.io.data.RatingsTable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelFolderTest {
  @TempDir Path dir;

  static final RatingsTable T = Synthetic.ratings(25, 20, 250, 2, 0.2, 9);

  static RatingModel fit(String method, Map<String, ?> settings) {
    Split s = Splits.holdout(T, 0.2, 0.1, 0);
    RatedItems rated = RatedItems.of(T.rows(), s.train(), s.validation(), s.test());
    return Estimators.create(method, settings)
        .fit(s.fitInput(RatingRange.of(s.train()), ColdStart.OFFSET, rated), ProgressListener.NONE);
  }

  @Test
  void everyMethodReadsBackToTheSameBits() {
    Map<String, Map<String, ?>> methods =
        Map.of(
            "mean", Map.of(),
            "biases", Map.of(),
            "als", Map.of("rank", 3, "sweeps", 5),
            "softimpute", Map.of("max_rank", 5, "path_length", 5),
            "dmf3", Map.of("widths", "4", "max_iters", 60, "eval_every", 5));
    for (Map.Entry<String, Map<String, ?>> e : methods.entrySet()) {
      RatingModel m = fit(e.getKey(), e.getValue());
      Path f = dir.resolve(e.getKey());
      ModelFolder.write(f, m, Map.of(), Map.of("note", "test"), Map.of());
      RatingModel back = ModelFolder.read(f);
      for (int u = 0; u < T.rows(); u++) {
        for (int i = 0; i < T.cols(); i++) {
          assertEquals(
              Double.doubleToLongBits(m.predict(u, i)),
              Double.doubleToLongBits(back.predict(u, i)),
              e.getKey() + " at " + u + "," + i);
        }
      }
      assertEquals(m.method(), back.method());
      assertEquals(m.users(), back.users());
      assertEquals(m.items(), back.items());
      assertEquals(m.summary().spectrum(), back.summary().spectrum(), e.getKey());
      assertEquals(
          e.getKey().startsWith("dmf"),
          m.summary().spectrum().get("singular_values") instanceof List<?> sv && !sv.isEmpty(),
          e.getKey() + ": only a factored model has a spectrum");
    }
  }

  @Test
  void aMissingFileIsNamedAndAForeignFolderIsRefused() throws Exception {
    RatingModel m = fit("biases", Map.of());
    Path f = dir.resolve("m");
    ModelFolder.write(f, m, Map.of(), Map.of(), Map.of());
    ModelFolder.write(f, m, Map.of(), Map.of(), Map.of()); // replacing a model folder is fine
    Files.delete(f.resolve("item_bias.npy"));
    UserInputException e = assertThrows(UserInputException.class, () -> ModelFolder.read(f));
    assertEquals(f + ": missing item_bias.npy (not a complete model folder)", e.getMessage());
    Path other = dir.resolve("other");
    Files.createDirectories(other);
    Files.writeString(other.resolve("notes.txt"), "mine");
    e = assertThrows(UserInputException.class, () -> ModelFolder.checkTarget(other));
    assertTrue(e.getMessage().contains("is not a model folder"), e.getMessage());
    assertTrue(Files.exists(other.resolve("notes.txt")));
    try (var s = Files.list(dir)) {
      assertFalse(s.anyMatch(p -> p.getFileName().toString().endsWith(".tmp")), "no temp left");
    }
  }

  @Test
  void recommendationsLeaveOutRatedItemsUnlessAsked() {
    RatingModel m = fit("dmf", Map.of("widths", "4", "max_iters", 40, "eval_every", 5));
    for (int u = 0; u < T.rows(); u++) {
      if (m.userCounts()[u] == 0) {
        continue;
      }
      String id = m.users().id(u);
      List<Recommendations.Item> top = Recommendations.forUser(m, id, 5, true);
      assertEquals(Math.min(5, T.cols() - m.rated().count(u)), top.size());
      for (Recommendations.Item it : top) {
        assertFalse(m.rated().rated(u, m.items().indexOf(it.item())), "rated item recommended");
      }
      for (int r = 1; r < top.size(); r++) {
        assertTrue(top.get(r - 1).score() >= top.get(r).score(), "best first");
      }
      List<Recommendations.Item> all = Recommendations.forUser(m, id, T.cols(), false);
      assertEquals(T.cols(), all.size());
    }
    assertThrows(UserInputException.class, () -> Recommendations.forUser(m, "nobody", 5, true));
  }
}
