package dmf.deep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dmf.base.RandomStreams;
import dmf.linalg.Mat;
import dmf.optim.OptimizerKind;
import dmf.problem.CompletionProblem;
import dmf.problem.Generators;
import dmf.problem.IterationRecord;
import dmf.problem.Problem;
import dmf.problem.SensingProblem;
import dmf.problem.SolveObserver;
import dmf.problem.StopReason;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TrainerTest {
  static final CompletionProblem P =
      Generators.completion(Generators.lowRankTruth(20, 20, 2, false, 1), 200, 1);

  static TrainingConfig config(Map<String, Object> overrides) {
    Map<String, Object> m = TrainingConfig.defaults().toMap();
    m.put("log_every", 50L);
    m.putAll(overrides);
    return TrainingConfig.fromMap(m);
  }

  @Test
  void divergenceIsAStopReasonAndKeepsTheLastFiniteState() {
    TrainingConfig c = config(Map.of("optimizer", "gd", "lr", 1e4, "init_scale", 1.0, "depth", 3L));
    List<IterationRecord> recs = new ArrayList<>();
    TrainingResult r =
        new DeepMatrixFactorization(c)
            .train(
                P,
                new SolveObserver() {
                  @Override
                  public void onRecord(IterationRecord rec) {
                    recs.add(rec);
                  }
                });
    assertEquals(StopReason.DIVERGED, r.stopReason());
    assertTrue(r.product().isFinite());
    assertTrue(Double.isFinite(r.last().get("train_loss")));
    assertTrue(r.iterations() < 100, "iterations " + r.iterations());
  }

  @Test
  void aFactorObserverSeesEveryLoggedIterateAndCanStopEarly() {
    List<Long> seen = new ArrayList<>();
    FactorObserver stopAtThird =
        (iteration, factors) -> {
          seen.add(iteration);
          assertEquals(3, factors.size());
          return seen.size() == 3;
        };
    TrainingResult r =
        new DeepMatrixFactorization(config(Map.of("depth", 3L, "metrics", "none")))
            .train(P, stopAtThird);
    assertEquals(StopReason.EARLY_STOPPED, r.stopReason());
    assertEquals(List.of(0L, 50L, 100L), seen);
    assertEquals(100, r.iterations());
    assertTrue(Double.isNaN(r.last().get("test_error")), "metrics none measures no W");
    assertTrue(Double.isFinite(r.last().get("grad_norm")));
  }

  @Test
  void thresholdIsTestedBeforeTheStep() {
    // A threshold above the initial loss stops before any step, as in the official code.
    TrainingResult r =
        new DeepMatrixFactorization(config(Map.of("loss_threshold", 10.0)))
            .train(P, SolveObserver.NONE);
    assertEquals(StopReason.CONVERGED, r.stopReason());
    assertEquals(0, r.iterations());
  }

  @Test
  void maxItersCountsSteps() {
    TrainingResult r =
        new DeepMatrixFactorization(config(Map.of("max_iters", 7L))).train(P, SolveObserver.NONE);
    assertEquals(StopReason.MAX_ITERS, r.stopReason());
    assertEquals(7, r.iterations());
    assertEquals(8, r.gradientEvaluations());
    assertEquals(7, r.last().iteration());
  }

  @Test
  void observerCanInterrupt() {
    TrainingResult r =
        new DeepMatrixFactorization(config(Map.of("lr", 1e-5)))
            .train(
                P,
                new SolveObserver() {
                  @Override
                  public boolean stopRequested() {
                    return true;
                  }
                });
    assertEquals(StopReason.INTERRUPTED, r.stopReason());
  }

  @Test
  void sameSeedSameBitsDifferentSeedDifferentBits() {
    TrainingConfig c = config(Map.of("max_iters", 300L));
    Mat a = new DeepMatrixFactorization(c).train(P, SolveObserver.NONE).product();
    Mat b = new DeepMatrixFactorization(c).train(P, SolveObserver.NONE).product();
    Mat d =
        new DeepMatrixFactorization(config(Map.of("max_iters", 300L, "seed", 1L)))
            .train(P, SolveObserver.NONE)
            .product();
    assertEquals(a, b);
    assertTrue(!a.equals(d));
  }

  @Test
  void everyOptimizerLowersTheLossOnSensingAndCompletion() {
    SensingProblem s = Generators.sensing(Generators.lowRankTruth(8, 8, 2, false, 2), 60, false, 2);
    for (String opt : Arrays.stream(OptimizerKind.values()).map(OptimizerKind::label).toList()) {
      for (Problem p : List.of(P, s)) {
        for (long depth : new long[] {1, 2, 3}) {
          double lr = opt.equals("gd") ? 0.2 : opt.startsWith("flow") ? 0.1 : 5e-2;
          TrainingConfig c =
              config(
                  Map.of(
                      "optimizer",
                      opt,
                      "lr",
                      lr,
                      "max_iters",
                      200L,
                      "depth",
                      depth,
                      "init_scale",
                      0.1));
          TrainingResult r = new DeepMatrixFactorization(c).train(p, SolveObserver.NONE);
          double start =
              p.loss(
                  Factors.product(
                      Initializer.create(
                          c.architecture(p.rows(), p.cols()),
                          c.init(),
                          c.initScale(),
                          null,
                          RandomStreams.of(c.seed(), "init"))));
          assertTrue(
              r.last().get("train_loss") < 0.8 * start,
              opt
                  + " depth "
                  + depth
                  + " "
                  + p.kind()
                  + ": "
                  + r.last().get("train_loss")
                  + " vs "
                  + start);
        }
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"flow", "flow-stiff"})
  void flowLandsOnTheLossThresholdInsteadOfOvershootingIt(String optimizer) {
    for (double threshold : new double[] {1e-3, 1e-5}) {
      TrainingConfig c =
          config(
              Map.of(
                  "optimizer",
                  optimizer,
                  "lr",
                  0.1,
                  "depth",
                  3L,
                  "init_scale",
                  0.1,
                  "loss_threshold",
                  threshold,
                  "max_iters",
                  100_000L));
      TrainingResult r = new DeepMatrixFactorization(c).train(P, SolveObserver.NONE);
      assertEquals(StopReason.CONVERGED, r.stopReason());
      double last = r.last().get("train_loss");
      assertTrue(
          last <= threshold && last >= 0.999 * threshold,
          "stopped at " + last + " for threshold " + threshold);
    }
  }

  @Test
  void float32TracksFloat64() {
    TrainingConfig c64 = config(Map.of("max_iters", 2000L, "depth", 3L, "init_scale", 0.1));
    TrainingConfig c32 =
        config(Map.of("max_iters", 2000L, "depth", 3L, "init_scale", 0.1, "precision", "float32"));
    TrainingResult a = new DeepMatrixFactorization(c64).train(P, SolveObserver.NONE);
    TrainingResult b = new DeepMatrixFactorization(c32).train(P, SolveObserver.NONE);
    double rel = a.product().minus(b.product()).frobeniusNorm() / a.product().frobeniusNorm();
    assertTrue(rel < 1e-3, "float32 vs float64 relative difference " + rel);
  }

  @Test
  void recordsCarryTheDocumentedMetrics() {
    List<IterationRecord> recs = new ArrayList<>();
    new DeepMatrixFactorization(config(Map.of("max_iters", 100L, "top_k", 4L)))
        .train(
            P,
            new SolveObserver() {
              @Override
              public void onRecord(IterationRecord rec) {
                recs.add(rec);
              }
            });
    assertEquals(List.of(0L, 50L, 100L), recs.stream().map(IterationRecord::iteration).toList());
    IterationRecord r = recs.get(2);
    for (String k :
        List.of(
            "train_loss",
            "test_error",
            "unobserved_error",
            "relative_error",
            "nuclear_norm",
            "effective_rank",
            "schatten_2_over_n",
            "grad_norm",
            "balance",
            "align_diag_mean",
            "align_offdiag_std",
            "sv_1",
            "sv_4")) {
      assertTrue(Double.isFinite(r.get(k)), k);
    }
    assertEquals(4, r.singularValues().length);
  }
}
