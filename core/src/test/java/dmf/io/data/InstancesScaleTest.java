package dmf.io.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dmf.io.npy.Npy;
import dmf.linalg.Mat;
import dmf.problem.CompletionProblem;
import dmf.problem.RatingsGenerator;
import dmf.testing.Python;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Instance folders at scale: the output of ../shared/peers/gen_ratings.py loads as it is
 * (int32/float32, no w_star.npy, shape from meta.json); dmf's own ratings instances round-trip with
 * their low-rank W*; checkpoints round-trip.
 */
class InstancesScaleTest {
  @TempDir Path dir;

  @Test
  void loadsGenRatingsOutputAsItIs() throws Exception {
    assumeTrue(Python.hasPeers("gen_ratings.py") && Python.has("numpy"), "needs gen_ratings.py");
    Path out = dir.resolve("gr");
    Python.Result r =
        Python.run(
            List.of(
                Python.PEERS.resolve("gen_ratings.py").toString(),
                "--users",
                "300",
                "--items",
                "200",
                "--ratings",
                "5000",
                "--rank",
                "3",
                "--seed",
                "1",
                "--out",
                out.toString()),
            300);
    assertEquals(0, r.exit, r.out);
    CompletionProblem p = (CompletionProblem) Instances.read(out);
    assertEquals(300, p.rows());
    assertEquals(200, p.cols());
    assertEquals(5000, p.observationCount());
    assertTrue(p.observations().isFloat32());
    assertTrue(p.groundTruth().isEmpty() && p.truthFactors().isEmpty());
    double[] v = Npy.read(out.resolve("values.npy")).doubles();
    assertArrayEquals(v, p.values());
    long[] rows = Npy.read(out.resolve("rows.npy")).longs();
    for (int k = 0; k < rows.length; k++) {
      assertEquals(rows[k], p.rowIdx()[k]);
    }
  }

  @Test
  void ratingsInstancesRoundTripWithTheirTruth() {
    CompletionProblem p =
        RatingsGenerator.generate(
            RatingsGenerator.TABLE.resolve(
                Map.of("users", 120, "items", 80, "ratings", 2000, "rank", 2)));
    Instances.write(dir.resolve("r"), p, Map.of("note", "test"));
    CompletionProblem q = (CompletionProblem) Instances.read(dir.resolve("r"));
    assertTrue(q.observations().isFloat32());
    assertArrayEquals(p.rowIdx(), q.rowIdx());
    assertArrayEquals(p.colIdx(), q.colIdx());
    assertArrayEquals(p.values(), q.values());
    assertEquals(p.truthFactors().get().left(), q.truthFactors().get().left());
    assertEquals(p.truthFactors().get().right(), q.truthFactors().get().right());
  }

  @Test
  void checkpointsKeepTheCurrentOneOfEachName() {
    List<Mat> a = List.of(Mat.identity(2), Mat.diag(1, 2));
    List<Mat> b = List.of(Mat.diag(3, 4), Mat.identity(2));
    assertTrue(Checkpoint.read(dir, "latest").isEmpty());
    Checkpoint.write(dir, "latest", new Checkpoint(10, 0.5, a));
    Checkpoint.write(dir, "best", new Checkpoint(10, 0.5, a));
    Checkpoint.write(dir, "latest", new Checkpoint(20, Double.NaN, b));
    Checkpoint latest = Checkpoint.read(dir, "latest").orElseThrow();
    assertEquals(20, latest.iteration());
    assertEquals(b, latest.factors());
    assertTrue(Double.isNaN(latest.score()));
    assertEquals(10, Checkpoint.read(dir, "best").orElseThrow().iteration());
    assertTrue(!dir.resolve("checkpoint/latest-10").toFile().exists(), "older folder removed");
    assertTrue(dir.resolve("checkpoint/best-10").toFile().exists());
  }
}
