package dmf.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dmf.io.Json;
import dmf.io.data.Checkpoint;
import dmf.io.data.FactorFiles;
import dmf.io.data.Instances;
import dmf.linalg.FactoredMatrix;
import dmf.linalg.Mat;
import dmf.problem.CompletionProblem;
import dmf.problem.IterationRecord;
import dmf.problem.RatingsGenerator;
import dmf.problem.SolveObserver;
import dmf.testing.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run too large to form W (2100×2100) goes through the factored path end to end: factored
 * metrics, the factors saved instead of w.npy, checkpoints written while training, a held-out RMSE,
 * and a resumed run that continues from the latest checkpoint.
 */
class LargeRunTest {
  @TempDir Path dir;
  Path instance;

  @BeforeEach
  void instance() {
    instance = dir.resolve("inst");
    CompletionProblem p =
        RatingsGenerator.generate(
            RatingsGenerator.TABLE.resolve(
                Map.of("users", 2100, "items", 2100, "ratings", 30000, "rank", 2)));
    Instances.write(instance, p, Map.of());
  }

  private RunSpec run(long maxIters, double holdout) {
    return RunSpec.of(
        ProblemKind.INSTANCE,
        ProblemKind.INSTANCE
            .table()
            .resolve(Map.of("instance", instance.toString(), "holdout", holdout)),
        "dmf",
        Solvers.DMF.resolve(
            Map.of(
                "depth",
                2,
                "widths",
                List.of(4),
                "max_iters",
                maxIters,
                "log_every",
                5,
                "init_scale",
                0.1,
                "lr",
                0.01)),
        Map.of());
  }

  @Test
  void trainsSavesAndCheckpointsFromTheFactors() throws Exception {
    Path out = dir.resolve("run");
    RunOutcome o = RunExecutor.execute(run(20, 0.05), out, SolveObserver.NONE, false);
    assertTrue(o.error().isEmpty(), () -> o.error().get().message());
    assertTrue(o.result().get().formed().isEmpty(), "W is not formed");
    assertFalse(Files.exists(out.resolve("w.npy")));
    assertEquals(2, FactorFiles.read(out.resolve("factors")).size());
    Map<String, Object> s = Json.readObject(out.resolve("summary.json"));
    for (String k : new String[] {"heldout_rmse", "test_error", "nuclear_norm", "effective_rank"}) {
      assertTrue(s.get(k) instanceof Number, k + " in the summary");
    }
    assertTrue(Checkpoint.read(out, "latest").isPresent(), "latest checkpoint");
    assertTrue(Checkpoint.read(out, "best").isPresent(), "best checkpoint");
  }

  @Test
  void resumesFromTheLatestCheckpoint() {
    Path out = dir.resolve("resumed");
    List<Mat> saved = new ArrayList<>();
    saved.add(Fixtures.gaussian(4, 2100, 1).scale(0.05));
    saved.add(Fixtures.gaussian(2100, 4, 2).scale(0.05));
    Checkpoint.write(out, "latest", new Checkpoint(10, Double.NaN, saved));
    List<IterationRecord> records = new ArrayList<>();
    SolveObserver keep =
        new SolveObserver() {
          @Override
          public void onRecord(IterationRecord r) {
            records.add(r);
          }
        };
    RunOutcome o = RunExecutor.execute(run(20, 0), out, keep, false, true);
    assertTrue(o.error().isEmpty(), () -> o.error().get().message());
    assertEquals(10, records.get(0).iteration(), "continues at the checkpoint's iteration");
    assertEquals(20, o.result().get().iterations());
    CompletionProblem p = (CompletionProblem) Instances.read(instance);
    double loss = p.loss(FactoredMatrix.of(saved).toDense());
    assertEquals(loss, records.get(0).get("train_loss"), 1e-12 * loss, "from the saved factors");
  }
}
