package dmf.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dmf.io.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** dmf gen ratings, dmf train --holdout on its output, dmf bench scale. */
class ScaleCommandsTest {
  @TempDir Path dir;

  @Test
  void generatesTrainsWithAHoldOutAndBenchmarks() throws Exception {
    Path inst = dir.resolve("r");
    Cli g =
        Cli.run(
            "gen",
            "ratings",
            "--users",
            "60",
            "--items",
            "50",
            "--ratings",
            "900",
            "--rank",
            "2",
            "--noise",
            "0.3",
            "--seed",
            "4",
            "--out",
            inst.toString());
    assertEquals(0, g.exit, g.err);
    assertTrue(Files.exists(inst.resolve("rows.npy")) && Files.exists(inst.resolve("u_star.npy")));
    assertEquals(
        0.3, ((Number) Json.readObject(inst.resolve("meta.json")).get("rmse_floor")).doubleValue());
    Path run = dir.resolve("run");
    Cli t =
        Cli.run(
            "train",
            "-q",
            "--instance",
            inst.toString(),
            "--out",
            run.toString(),
            "--holdout",
            "0.1",
            "--depth",
            "2",
            "--widths",
            "3",
            "--max-iters",
            "50",
            "--log-every",
            "10");
    assertEquals(0, t.exit, t.err);
    Map<String, Object> s = Json.readObject(run.resolve("summary.json"));
    assertTrue(s.get("heldout_rmse") instanceof Number, s.toString());
    Cli b =
        Cli.run(
            "bench",
            "scale",
            "--instance",
            inst.toString(),
            "--iters",
            "2",
            "--no-torch",
            "--out",
            dir.resolve("b.json").toString());
    assertEquals(0, b.exit, b.err);
    assertTrue(b.out.contains("sec_per_iter="), b.out);
    Map<String, Object> j = Json.readObject(dir.resolve("b.json"));
    assertTrue(j.get("dmf") instanceof Map, j.toString());
  }
}
