package dmf.deep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dmf.base.UserInputException;
import dmf.io.ConfigFiles;
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
    assertEquals("grouprmsprop", c.optimizer());
    assertEquals(1e-3, c.lr());
    assertEquals(0.99, c.alpha());
    assertEquals(1e-4, c.eps());
    assertEquals(1e-6, c.lossThreshold());
    assertEquals(1_000_000, c.maxIters());
    assertEquals(1e-3, c.initScale());
    assertEquals(dmf.linalg.Precision.FLOAT64, c.precision());
  }

  @Test
  void laterFilesWinThenSetOverrides() throws Exception {
    Path a = dir.resolve("a.toml");
    Path b = dir.resolve("b.toml");
    Files.writeString(a, "depth = 4\nlr = 0.01\nwidths = [7, 8, 9]\n");
    Files.writeString(b, "lr = 0.002\ninit = 'orthogonal'\n");
    Map<String, Object> m = ConfigFiles.merge(List.of(a, b), List.of("init_scale=1e-4"));
    TrainingConfig c = TrainingConfig.fromMap(m);
    assertEquals(4, c.depth());
    assertEquals(0.002, c.lr());
    assertEquals(InitScheme.ORTHOGONAL, c.init());
    assertEquals(1e-4, c.initScale());
    assertArrayEquals(new int[] {7, 8, 9}, c.widths());
  }

  @Test
  void roundTripsThroughToml() throws Exception {
    Map<String, Object> m = TrainingConfig.defaults().toMap();
    m.put("widths", List.of(3L, 4L));
    m.put("depth", 3L);
    TrainingConfig c = TrainingConfig.fromMap(m);
    Path f = dir.resolve("c.toml");
    ConfigFiles.writeToml(f, c.toMap());
    assertEquals(c, TrainingConfig.fromMap(ConfigFiles.readToml(f)));
  }

  @Test
  void rejectsBadValues() {
    assertThrows(UserInputException.class, () -> TrainingConfig.fromMap(Map.of("depth", "x")));
    assertThrows(UserInputException.class, () -> TrainingConfig.fromMap(Map.of("depth", 2.5)));
    assertThrows(
        UserInputException.class, () -> TrainingConfig.fromMap(Map.of("depth", 3L, "widths", "4")));
    assertThrows(
        UserInputException.class, () -> TrainingConfig.fromMap(Map.of("optimizer", "lbfgs")));
    assertThrows(UserInputException.class, () -> TrainingConfig.fromMap(Map.of("alpha", 1.0)));
    assertThrows(
        UserInputException.class, () -> TrainingConfig.fromMap(Map.of("precision", "float16")));
  }
}
