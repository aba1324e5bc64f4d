package dmf.cli;

import static dmf.cli.BadInputTest.expectUserError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dmf.io.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Flags made from the library's settings tables: their help (default and bounds, where they stand),
 * switches, and bad values rejected before anything runs, naming the flag.
 */
class TableOptionsTest {
  @TempDir Path dir;

  @Test
  void aCommandsOptionsComeFirstThenItsSettingsEachWithDefaultAndBounds() {
    Cli r = Cli.run("theory", "theorem3", "--help");
    assertEquals(0, r.exit, r.err);
    String h = r.out;
    assertTrue(h.contains("--steps=STEPS") && h.contains("GD steps (default 20000; ≥ 1)"), h);
    assertTrue(row(h, "--out=") < row(h, "--depths="), h);
    assertTrue(row(h, "--steps=") < row(h, "--set="), "--config and --set after the flags: " + h);
    assertTrue(row(h, "--set=") < row(h, "--help"), "-h and -V last: " + h);
    String scale = Cli.run("bench", "scale", "--help").out;
    assertTrue(row(scale, "--instance=") < row(scale, "--depth="), scale);
    assertTrue(row(scale, "--no-torch") < row(scale, "--peers="), scale);
  }

  @Test
  void theRatingsFlagsStandBesideWhatTheyAreAbout() {
    String h = Cli.run("fit", "--help").out;
    assertTrue(row(h, "--data=") < row(h, "--format="), h);
    assertTrue(row(h, "--cache-dir=") < row(h, "--out="), h);
    assertTrue(row(h, "--split=") < row(h, "--test-fraction="), h);
    assertTrue(row(h, "--cold-start=") < row(h, "--method="), h);
    assertTrue(row(h, "--precision=") < row(h, "--help"), h);
  }

  /** Where the option list shows an option (not the synopsis). */
  static int row(String help, String option) {
    Matcher m = Pattern.compile("(?m)^ +(-\\w, )?" + Pattern.quote(option)).matcher(help);
    assertTrue(m.find(), option + " in: " + help);
    return m.start();
  }

  @Test
  void aTrueFalseSettingIsASwitchThatAlsoTakesAValue() throws Exception {
    for (String[] psd : new String[][] {{"--psd"}, {"--psd", "true"}, {"--psd=false"}}) {
      Path out = dir.resolve("g" + psd.length + psd[0].length());
      String[] base = {
        "gen",
        "completion",
        "--out",
        out.toString(),
        "--rows",
        "4",
        "--cols",
        "4",
        "--rank",
        "1",
        "--observations",
        "5"
      };
      String[] args = new String[base.length + psd.length];
      System.arraycopy(base, 0, args, 0, base.length);
      System.arraycopy(psd, 0, args, base.length, psd.length);
      Cli r = Cli.run(args);
      assertEquals(0, r.exit, r.err);
      Object symmetric = Json.readObject(out.resolve("meta.json")).get("symmetric");
      assertEquals(!psd[0].endsWith("false"), Boolean.TRUE.equals(symmetric), psd[0]);
    }
  }

  @Test
  void badValuesAreRejectedBeforeAnythingRunsNamingTheFlag() {
    Path t = dir.resolve("t");
    expectUserError(
        Cli.run("theory", "theorem3", "--steps", "0", "--out", t.toString()),
        "--steps 0: steps must be ≥ 1, got 0");
    assertTrue(Files.notExists(t), "nothing written");
    expectUserError(Cli.run("theory", "eq11", "--lr", "1"), "--lr 1: lr must be > 0, ≤ 0.5, got 1");
    expectUserError(
        Cli.run("flow-check", "--flow", "gd"),
        "--flow gd: flow must be flow or flow-stiff, got gd");
    expectUserError(
        Cli.run("flow-check", "--kind", "ratings"),
        "--kind ratings: kind must be completion or sensing");
    expectUserError(
        Cli.run("bench", "scale", "--instance", dir.toString(), "--iters", "0"),
        "--iters 0: iters must be ≥ 1, got 0");
    expectUserError(
        Cli.run("bench", "--precision", "float16", "--no-torch"), "unknown precision 'float16'");
    Path data = dir.resolve("u.data");
    expectUserError(
        Cli.run("evaluate", "--data", data.toString(), "--top-k", "0"),
        "--top-k 0: top_k must be ≥ 1, got 0");
    expectUserError(
        Cli.run("fit", "--data", data.toString(), "--out", t.toString(), "--cache", "sometimes"),
        "--cache sometimes: unknown cache 'sometimes'");
    expectUserError(
        Cli.run("fit", "--data", data.toString(), "--out", t.toString(), "--seed", "x"),
        "--seed x: seed must be an integer, got 'x'");
  }
}
