package dmf.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dmf.linalg.Ops;
import dmf.testing.Launch;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@link OptimizerContract} fails an optimizer that breaks its rules, each rule by its own test.
 */
class OptimizerContractSelfTest {

  /**
   * Gradient descent done wrong: the step grows with a count that reset does not clear, the
   * caller's sizes array is kept instead of copied, and the gradient is halved after use without
   * saying so.
   */
  static final class Careless implements Optimizer<Object> {
    private Ops<Object> ops;
    private int[] sizes;
    private int count;

    @Override
    public String name() {
      return "careless";
    }

    @Override
    public void reset(Ops<Object> ops, int[] sizes) {
      this.ops = ops;
      this.sizes = sizes;
    }

    @Override
    public Step step(Object[] params, Object[] grads, double loss, GradientOracle<Object> oracle) {
      double lr = 0.05 * (1 + 10 * count++);
      for (int j = 0; j < params.length; j++) {
        ops.axpy(sizes[j], -lr, grads[j], 0, params[j], 0);
        ops.scale(grads[j], sizes[j], 0.5);
      }
      return new Step(lr, 0, Double.NaN);
    }
  }

  /** Run only through {@link Launch}. */
  static class CarelessContract extends OptimizerContract {
    @Override
    protected Optimizer<Object> create() {
      return new Careless();
    }

    @Override
    protected String name() {
      return "gd";
    }
  }

  @Test
  void everyBrokenRuleFailsItsTest() {
    Map<String, String> failed = Launch.failures(Launch.run(CarelessContract.class));
    assertEquals(
        Set.of(
            "nameIsTheCommandLineName",
            "resetThenTheSameStepsReplayBitForBit",
            "movesDownhillOnAConvexQuadratic",
            "gradientsAreOverwrittenOnlyAsTheStepSays",
            "nothingBeyondTheDeclaredOutputsChanges"),
        failed.keySet(),
        failed.toString());
    assertTrue(failed.get("resetThenTheSameStepsReplayBitForBit").contains("parameters differ"));
    assertTrue(failed.get("movesDownhillOnAConvexQuadratic").contains("loss"));
    assertTrue(failed.get("gradientsAreOverwrittenOnlyAsTheStepSays").contains("overwritten"));
    assertTrue(failed.get("nothingBeyondTheDeclaredOutputsChanges").contains("sizes array"));
  }
}
