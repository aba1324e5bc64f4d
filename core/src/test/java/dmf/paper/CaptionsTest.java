package dmf.paper;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dmf.io.store.RunRow;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The solver line of a caption names what the stored runs ran, including a float32 training. */
class CaptionsTest {
  static RunRow run(String optimizer, double lr, String precision) {
    return new RunRow(
        optimizer + lr + precision,
        "s",
        RunRow.COMPLETED,
        Map.of("optimizer", optimizer, "lr", lr, "precision", precision),
        Map.of(),
        Map.of(),
        "");
  }

  @Test
  void namesTheOptimizerItsStepAndAFloat32Training() {
    assertEquals(
        "Solver: GroupRMSprop, lr 1e-3.",
        Captions.solver(List.of(run("grouprmsprop", 1e-3, "float64"))));
    assertEquals(
        "Solver: adaptive gradient flow for stiff flows (the small-step limit of gradient descent)."
            + " Trained in float32 (metrics in float64).",
        Captions.solver(List.of(run("flow-stiff", 1e-3, "float32"))));
    assertEquals(
        "Solver: GroupRMSprop, lr 1e-3 and 3e-2. Some runs trained in float32 (metrics in"
            + " float64).",
        Captions.solver(
            List.of(run("grouprmsprop", 1e-3, "float64"), run("grouprmsprop", 3e-2, "float32"))));
    assertEquals("", Captions.solver(List.of()));
  }
}
