package dmf.ratings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dmf.base.ProgressListener;
import dmf.io.data.Ratings;
import dmf.io.data.RatingsFormat;
import dmf.io.data.RatingsTable;
import dmf.testing.Shared;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The documented defaults on MovieLens 100K (read in place), 5-fold CV with seed 0: the deep
 * factorization reaches RMSE ≤ 0.925 and beats SoftImpute on the same folds (docs/ratings.md).
 */
@Tag("slow")
class MovieLensTest {
  static final Path ML = Shared.path("data", "ml-100k", "u.data");

  @Test
  void defaultsReachTheDocumentedAccuracy() {
    assumeTrue(Files.isRegularFile(ML), "no MovieLens 100K at " + ML + " (set DMF_SHARED)");
    RatingsTable t = Ratings.read(ML, RatingsFormat.movieLens());
    Leaderboard board =
        new Evaluation(10, 4, 1000, 0, ColdStart.OFFSET, null, 2)
            .run(
                Splits.kFold(t, 5, 0.05, 0),
                List.of(
                    Estimators.create("dmf", Map.of("seed", 0L)),
                    Estimators.create("softimpute", Map.of("seed", 0L))),
                ProgressListener.NONE);
    double dmf = board.row("dmf-depth2").mean().get("rmse");
    double si = board.row("softimpute").mean().get("rmse");
    assertEquals(0.9130, dmf, 5e-4, "documented 5-fold RMSE of the defaults");
    assertTrue(dmf <= 0.925, "RMSE " + dmf);
    assertTrue(dmf < si, dmf + " vs SoftImpute " + si);
  }
}
