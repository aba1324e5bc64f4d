package dmf.deep;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dmf.base.UserInputException;
import dmf.problem.CompletionProblem;
import dmf.problem.Observations;
import dmf.problem.SolveObserver;
import dmf.settings.IntList;
import org.junit.jupiter.api.Test;

/** A model that cannot fit the heap is refused before anything is allocated, naming the flag. */
class TrainingMemoryTest {
  private static CompletionProblem huge() {
    return CompletionProblem.of(
        2_000_000,
        1_000_000,
        Observations.wrap(new int[] {0, 5}, new int[] {3, 7}, new float[] {1, 2}),
        null,
        null);
  }

  @Test
  void refusesWithTheNeedAndTheHeapFlag() {
    TrainingConfig wide = TrainingConfig.defaults().with(TrainingSettings.WIDTHS, IntList.of(1000));
    UserInputException ex =
        assertThrows(
            UserInputException.class,
            () -> new DeepMatrixFactorization(wide).train(huge(), SolveObserver.NONE));
    assertTrue(ex.getMessage().contains("DMF_JAVA_OPTS=-Xmx"), ex.getMessage());
    assertTrue(ex.getMessage().contains("depth-3 model of hidden width 1000"), ex.getMessage());
    TrainingConfig full = TrainingConfig.defaults();
    ex =
        assertThrows(
            UserInputException.class,
            () -> new DeepMatrixFactorization(full).train(huge(), SolveObserver.NONE));
    assertTrue(ex.getMessage().contains("more entries than a Java array holds"), ex.getMessage());
  }

  @Test
  void aNarrowModelOfTheSameShapeFits() {
    TrainingConfig narrow =
        TrainingConfig.defaults()
            .with(TrainingSettings.WIDTHS, IntList.of(2))
            .with(TrainingSettings.MAX_ITERS, 1L);
    long need = TrainingMemory.estimate(huge(), narrow.architecture(2_000_000, 1_000_000), narrow);
    assertTrue(need < 1L << 30, need + " bytes for widths 2");
    assertTrue(
        TrainingMemory.estimate(
                huge(),
                TrainingConfig.defaults().architecture(2_000_000, 1_000_000),
                TrainingConfig.defaults())
            > 1L << 40);
  }
}
