package dmf.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dmf.base.UserInputException;
import dmf.linalg.Precision;
import dmf.optim.OptimizerKind;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

/** The settings tables of the benchmarks: their defaults, bounds and one-line errors. */
class BenchSettingsTest {
  @Test
  void flowCheckDefaultsAreTheDocumentedCheck() {
    assertEquals(
        new FlowCheck(List.of(2, 3, 4), 1e-2, 1800, 0), FlowCheck.of(FlowCheck.TABLE.defaults()));
    FlowCheck c =
        FlowCheck.of(
            FlowCheck.TABLE.resolve(
                Map.of("kind", "sensing", "flow", "flow-stiff", "depths", "3", "seed", 5)));
    assertTrue(c.sensing());
    assertEquals(OptimizerKind.FLOW_STIFF, c.flow());
    assertEquals(List.of(3), c.depths());
    assertEquals(5, c.seed());
  }

  @Test
  void flowCheckRejectsOtherKindsAndSolversInOneLine() {
    assertMessage(
        "kind must be completion or sensing, got 'ratings'",
        () -> FlowCheck.TABLE.resolve(Map.of("kind", "ratings")));
    assertMessage(
        "flow must be flow or flow-stiff, got gd",
        () -> FlowCheck.TABLE.resolve(Map.of("flow", "gd")));
    assertMessage(
        "flow must be flow or flow-stiff, got gd",
        () -> new FlowCheck(List.of(2), 1e-2, 1, 0, false, 10, OptimizerKind.GD, 1e-4));
    assertMessage(
        "depths must be a list of integers ≥ 1, got 0",
        () -> FlowCheck.TABLE.resolve(Map.of("depths", "0")));
  }

  @Test
  void scaleAndBenchOptionsComeFromTheirTables() {
    Path inst = Path.of("inst");
    assertEquals(
        new ScaleBench(inst, 3, 64, Precision.FLOAT32, 0, 1, 5),
        ScaleBench.of(inst, ScaleBench.TABLE.defaults()));
    assertEquals(
        new ScaleBench(inst, 2, 8, Precision.FLOAT64, 1, 0, 2),
        ScaleBench.of(
            inst,
            ScaleBench.TABLE.resolve(
                Map.of(
                    "depth",
                    2,
                    "width",
                    8,
                    "precision",
                    "f64",
                    "threads",
                    1,
                    "warmup",
                    0,
                    "iters",
                    2))));
    assertMessage("iters must be ≥ 1, got 0", () -> ScaleBench.TABLE.resolve(Map.of("iters", 0)));
    BenchOptions o = BenchOptions.of(BenchOptions.TABLE.defaults(), true, false, true);
    assertEquals(
        new BenchOptions(
            List.of(Precision.FLOAT64, Precision.FLOAT32),
            Path.of("../shared/peers"),
            true,
            false,
            true),
        o);
    assertEquals(
        List.of(Precision.FLOAT32),
        BenchOptions.of(
                BenchOptions.TABLE.resolve(Map.of("precision", "float32")), true, true, true)
            .precisions());
    assertThrows(
        UserInputException.class,
        () ->
            BenchOptions.of(
                BenchOptions.TABLE.resolve(Map.of("precision", "x")), true, true, true));
  }

  @Test
  void thePeerIsLookedForOnlyWhenWantedAndInTheFolderOfTheSetting(@TempDir Path empty) {
    assertTrue(TorchPeer.find(ScaleBench.TABLE.defaults(), false).isEmpty());
    assertTrue(
        TorchPeer.find(ScaleBench.TABLE.resolve(Map.of("peers", empty.toString())), true).isEmpty(),
        "no dmf_torch.py there");
  }

  private static void assertMessage(String expected, Executable e) {
    assertEquals(expected, assertThrows(UserInputException.class, e).getMessage());
  }
}
