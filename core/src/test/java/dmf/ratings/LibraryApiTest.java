package dmf.ratings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dmf.base.ProgressListener;
import dmf.io.data.RatingsTable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The library example of docs/ratings.md, step by step, on a small file. */
class LibraryApiTest {
  @TempDir Path dir;

  @Test
  void theDocumentedExampleRuns() throws Exception {
    RatingsTable made = Synthetic.ratings(30, 20, 300, 2, 0.2, 3);
    StringBuilder sb = new StringBuilder();
    for (int k = 0; k < made.size(); k++) {
      sb.append(made.userIds().id(made.users()[k]))
          .append('\t')
          .append(made.itemIds().id(made.items()[k]))
          .append('\t')
          .append(made.ratings()[k])
          .append('\t')
          .append(made.timestamps()[k])
          .append('\n');
    }
    Path file = dir.resolve("u.data");
    Files.writeString(file, sb.toString());
    RatingsTable data = DataSource.of(file).load(ProgressListener.NONE);
    assertEquals(300, data.size());
    Split split = Splits.holdout(data, 0.2, 0.05, 0);
    RatingEstimator dmf = Estimators.create("dmf", Map.of("depth", 2, "widths", "8"));
    RatingModel model = dmf.fit(split.fitInput(), ProgressListener.NONE);
    Accuracy test = Accuracy.of(model, split.test());
    assertTrue(test.rmse() < 1.5, "RMSE " + test.rmse());
    String user = data.userIds().id(data.users()[0]);
    String item = data.itemIds().id(data.items()[0]);
    double r = model.predict(user, item);
    List<Recommendations.Item> top = Recommendations.forUser(model, user, 3, true);
    assertEquals(3, top.size());
    ModelFolder.write(dir.resolve("model"), model, dmf.settings().toMap(), Map.of(), Map.of());
    RatingModel again = ModelFolder.read(dir.resolve("model"));
    assertEquals(Double.doubleToLongBits(r), Double.doubleToLongBits(again.predict(user, item)));
    Leaderboard board =
        new Evaluation(10, 4, 1000, 0, ColdStart.OFFSET, null, 2)
            .run(
                Splits.kFold(data, 3, 0.05, 0),
                List.of(dmf, Estimators.create("biases", Map.of())),
                ProgressListener.NONE);
    assertEquals(6, board.results().size());
    assertEquals(3, board.row("biases").splits());
    List<String> lines = board.lines(10, dir);
    assertEquals(board.text(10).lines().toList(), lines.subList(0, lines.size() - 1));
    assertEquals("leaderboard: " + dir.resolve("leaderboard.md"), lines.get(lines.size() - 1));
  }
}
