package dmf.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dmf.linalg.Mat;
import dmf.testing.Launch;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@link SolverContract} fails a solver that breaks its rules, each rule by its own test. */
class SolverContractSelfTest {

  /**
   * A solver that breaks the rules: it writes into the problem, its solution depends on the clock,
   * it never asks the observer whether to stop, it accepts any setting, and it never diverges.
   */
  record Careless(double lr) implements Solver {
    @Override
    public String name() {
      return "careless";
    }

    @Override
    public SolverResult solve(Problem problem, SolveObserver observer) {
      ((CompletionProblem) problem).values()[0] += 1;
      Mat x = Mat.zeros(problem.rows(), problem.cols());
      x.set(0, 0, System.nanoTime());
      observer.onProgress(1, 1, 0, 0);
      return new SolverResult(x, StopReason.MAX_ITERS, 1, 0, Map.of());
    }
  }

  /** Run only through {@link Launch}. */
  static class CarelessContract extends SolverContract {
    @Override
    protected Solver create(Map<String, Object> settings) {
      return new Careless(((Number) settings.getOrDefault("lr", 1.0)).doubleValue());
    }

    @Override
    protected Map<String, Object> quick() {
      return Map.of();
    }

    @Override
    protected Map<String, Object> endless() {
      return Map.of();
    }

    @Override
    protected List<Problem> problems() {
      return List.of(Generators.completion(Generators.lowRankTruth(3, 3, 1, false, 1), 5, 1));
    }

    @Override
    protected List<String> positiveSettings() {
      return List.of("lr");
    }

    @Override
    protected Optional<Map<String, Object>> diverging() {
      return Optional.of(Map.of("lr", 1e9));
    }
  }

  @Test
  void everyBrokenRuleFailsItsTest() {
    Map<String, String> failed = Launch.failures(Launch.run(CarelessContract.class));
    assertEquals(
        Set.of(
            "solvesEachProblemWithoutModifyingIt",
            "theSameSettingsReplayBitForBit",
            "stopRequestedInterrupts",
            "outOfRangeSettingsAreRejectedWhenTheSolverIsBuilt",
            "divergenceIsAStopReasonNotACrash"),
        failed.keySet(),
        failed.toString());
    assertTrue(failed.get("solvesEachProblemWithoutModifyingIt").contains("problem modified"));
    assertTrue(failed.get("theSameSettingsReplayBitForBit").contains("solution bits differ"));
    assertTrue(failed.get("stopRequestedInterrupts").contains("<interrupted>"));
    assertTrue(
        failed.get("outOfRangeSettingsAreRejectedWhenTheSolverIsBuilt").contains("accepted"));
  }

  @Test
  void aMissingStopReasonFails() {
    SolverContract c = new CarelessContract();
    SolverResult done = new SolverResult(Mat.zeros(1, 1), null, 0, 0, Map.of());
    assertThrows(AssertionError.class, () -> c.stopReason(done));
    assertEquals(
        "converged",
        c.stopReason(new SolverResult(Mat.zeros(1, 1), StopReason.CONVERGED, 0, 0, Map.of())));
  }

  /** Replays callbacks into a recorder: {kind, iteration}, kind 0 progress, 1 record. */
  static void replay(SolverContract.Recorder r, long[][] events) {
    for (long[] e : events) {
      if (e[0] == 0) {
        r.onProgress(e[1], 10, 1, 0);
      } else {
        r.onRecord(new IterationRecord(e[1], 0, Map.of(), new double[0]));
      }
    }
  }

  static SolverResult endingAt(long iterations) {
    return new SolverResult(Mat.zeros(1, 1), StopReason.CONVERGED, iterations, 0, Map.of());
  }

  @Test
  void observerOrderViolationsFail() {
    long[][][] bad = {
      {}, // no callback at all
      {{1, 0}, {0, 3}, {1, 2}, {0, 3}}, // iterations go back
      {{1, 0}, {1, 0}, {0, 0}}, // two records of one iteration
      {{0, 0}, {1, 5}}, // ends with a record
      {{1, 0}, {0, 7}}, // progress beyond the result's iterations
    };
    for (long[][] events : bad) {
      SolverContract.Recorder r = new SolverContract.Recorder();
      replay(r, events);
      assertThrows(AssertionError.class, () -> r.checkOrder(endingAt(5)));
    }
    SolverContract.Recorder ok = new SolverContract.Recorder();
    replay(ok, new long[][] {{1, 0}, {0, 0}, {0, 3}, {1, 3}, {1, 5}, {0, 5}});
    ok.checkOrder(endingAt(5));
  }
}
