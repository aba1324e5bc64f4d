package dmf.deep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dmf.base.UserInputException;
import dmf.io.ConfigFiles;
import dmf.linalg.Precision;
import dmf.optim.OptimizerKind;
import dmf.settings.SettingsLayers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainingConfigTest {
  @TempDir Path dir;

  @Test
  void officialDefaults() {
    TrainingConfig c = TrainingConfig.defaults();
    assertEquals(OptimizerKind.GROUPRMSPROP, c.optimizer());
    assertEquals(1e-3, c.lr());
    assertEquals(0.99, c.alpha());
    assertEquals(1e-4, c.eps());
    assertEquals(1e-6, c.lossThreshold());
    assertEquals(1_000_000, c.maxIters());
    assertEquals(1e-3, c.initScale());
    assertEquals(InitScheme.GAUSSIAN, c.init());
    assertEquals(Precision.FLOAT64, c.precision());
    assertEquals(1000, c.logEvery());
  }

  @Test
  void laterFilesWinThenSetThenFlags() throws Exception {
    Path a = dir.resolve("a.toml");
    Path b = dir.resolve("b.toml");
    Files.writeString(a, "depth = 4\nlr = 0.01\nwidths = [7, 8, 9]\n");
    Files.writeString(b, "lr = 0.002\ninit = 'orthogonal'\n");
    TrainingConfig c =
        new TrainingConfig(
            new SettingsLayers()
                .file(a.toString(), ConfigFiles.readToml(a))
                .file(b.toString(), ConfigFiles.readToml(b))
                .assignments(List.of("init_scale=1e-4"))
                .flags(Map.of("seed", 7L))
                .resolve(TrainingSettings.TABLE));
    assertEquals(4, c.depth());
    assertEquals(0.002, c.lr());
    assertEquals(InitScheme.ORTHOGONAL, c.init());
    assertEquals(1e-4, c.initScale());
    assertEquals(7, c.seed());
    assertArrayEquals(new int[] {7, 8, 9}, c.widths());
  }

  @Test
  void aFlagAndSetThatDisagreeAreAnErrorAndEveryGivenValueIsChecked() {
    UserInputException twice =
        assertThrows(
            UserInputException.class,
            () ->
                new SettingsLayers()
                    .assignments(List.of("depth=3"))
                    .flags(Map.of("depth", 2))
                    .resolve(TrainingSettings.TABLE));
    assertTrue(twice.getMessage().contains("depth is given twice"), twice.getMessage());
    UserInputException bad =
        assertThrows(
            UserInputException.class,
            () ->
                new SettingsLayers()
                    .assignments(List.of("depth=three"))
                    .flags(Map.of("depth", 2))
                    .resolve(TrainingSettings.TABLE));
    assertEquals("--set depth=three: depth must be an integer, got 'three'", bad.getMessage());
    // the same value twice is not a conflict
    assertEquals(
        2,
        new TrainingConfig(
                new SettingsLayers()
                    .assignments(List.of("depth=2"))
                    .flags(Map.of("depth", 2))
                    .resolve(TrainingSettings.TABLE))
            .depth());
  }

  @Test
  void roundTripsThroughToml() throws Exception {
    TrainingConfig c =
        TrainingConfig.fromMap(Map.of("widths", List.of(3L, 4L), "depth", 3L, "lr", 0.5));
    Path f = dir.resolve("c.toml");
    ConfigFiles.writeToml(f, c.toMap());
    assertEquals(c, TrainingConfig.fromMap(ConfigFiles.readToml(f)));
    assertNotEquals(c, c.with(TrainingSettings.LR, 0.25));
    assertEquals(0.25, c.with(TrainingSettings.LR, 0.25).lr());
  }

  @Test
  void rejectsBadValuesWithOneLineNamingTheKey() {
    assertMessage("depth must be an integer, got 'x'", Map.of("depth", "x"));
    assertMessage("depth must be an integer, got 2.5", Map.of("depth", 2.5));
    assertMessage("depth must be ≥ 1, got 0", Map.of("depth", 0));
    assertMessage(
        "widths must list depth-1 = 2 hidden widths (or one for all), got 3 (4,5,6)",
        Map.of("depth", 3L, "widths", "4,5,6"));
    assertMessage(
        "unknown optimizer 'lbfgs' (expected one of gd, grouprmsprop, adam, flow, flow-stiff)",
        Map.of("optimizer", "lbfgs"));
    assertMessage("alpha must be > 0, < 1, got 1", Map.of("alpha", 1.0));
    assertMessage("lr must be a finite number, got 'NaN'", Map.of("lr", "NaN"));
    assertMessage("lr must be > 0, got -1", Map.of("lr", -1));
    assertMessage(
        "unknown precision 'float16' (expected one of float64, float32)",
        Map.of("precision", "float16"));
    assertMessage("unknown setting 'deph' for dmf (did you mean depth?)", Map.of("deph", 3));
    assertEquals(OptimizerKind.GD, TrainingConfig.fromMap(Map.of("optimizer", "sgd")).optimizer());
  }

  private static void assertMessage(String expected, Map<String, ?> values) {
    UserInputException e =
        assertThrows(UserInputException.class, () -> TrainingConfig.fromMap(values));
    assertEquals(expected, e.getMessage());
  }
}
