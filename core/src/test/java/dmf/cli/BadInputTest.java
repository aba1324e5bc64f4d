package dmf.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dmf.io.npy.Npy;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every user mistake is one line naming the problem, exit code 2, no stack trace. */
class BadInputTest {
  @TempDir Path dir;
  Path good;

  @BeforeEach
  void makeInstance() {
    good = dir.resolve("good");
    assertEquals(
        0,
        Cli.run(
                "gen",
                "completion",
                "--rows",
                "6",
                "--cols",
                "5",
                "--rank",
                "2",
                "--observations",
                "12",
                "--out",
                good.toString())
            .exit);
  }

  /** Writes a completion instance of a 4×4 matrix with the given arrays (no ground truth). */
  Path instance(String name, long[] r, long[] c, double[] v) throws Exception {
    Path d = dir.resolve(name);
    Files.createDirectories(d);
    Npy.writeInt64(d.resolve("rows.npy"), new long[] {r.length}, r);
    Npy.writeInt64(d.resolve("cols.npy"), new long[] {c.length}, c);
    Npy.writeFloat64(d.resolve("values.npy"), new long[] {v.length}, v);
    Files.writeString(d.resolve("meta.json"), "{\"rows\": 4, \"cols\": 4}");
    return d;
  }

  static void expectUserError(Cli r, String fragment) {
    assertEquals(2, r.exit, "exit code; stderr: " + r.err);
    String msg = r.err.strip();
    assertEquals(-1, msg.indexOf('\n'), "one line: " + msg);
    assertTrue(msg.startsWith("dmf: "), msg);
    assertTrue(!msg.contains("Exception") && !msg.contains("\tat "), msg);
    assertTrue(msg.contains(fragment), "'" + fragment + "' in: " + msg);
  }

  Cli train(Path inst, String... extra) {
    String[] base = {
      "train",
      "-q",
      "--instance",
      inst.toString(),
      "--out",
      dir.resolve("run").toString(),
      "--max-iters",
      "3"
    };
    String[] all = new String[base.length + extra.length];
    System.arraycopy(base, 0, all, 0, base.length);
    System.arraycopy(extra, 0, all, base.length, extra.length);
    return Cli.run(all);
  }

  @Test
  void goodInstanceTrains() {
    Cli r = train(good);
    assertEquals(0, r.exit, r.err);
    assertTrue(Files.exists(dir.resolve("run/summary.json")));
  }

  @Test
  void nuclearSolveWritesItsDualBesideTheSummary() throws Exception {
    Path out = dir.resolve("nn");
    Cli r = Cli.run("solve", "nuclear", "--instance", good.toString(), "--out", out.toString());
    assertEquals(0, r.exit, r.err);
    assertEquals(12, Npy.read(out.resolve("dual.npy")).asDoubles().length);
    assertTrue(!Files.readString(out.resolve("summary.json")).contains("\"dual\""));
  }

  @Test
  void badSymmetricSolverSettings() {
    String out = dir.resolve("sym").toString();
    expectUserError(
        Cli.run(
            "solve",
            "symmetric",
            "--instance",
            good.toString(),
            "--out",
            out,
            "--set",
            "step=bogus"),
        "unknown step 'bogus' (expected one of fixed, els, els_clipped)");
    expectUserError(
        Cli.run(
            "solve",
            "symmetric",
            "--instance",
            good.toString(),
            "--out",
            out,
            "--set",
            "init_scale=small"),
        "init_scale must be a number, got 'small'");
    expectUserError(
        Cli.run("solve", "als2", "--instance", good.toString(), "--out", out),
        "unknown solver 'als2' (did you mean als?)");
    expectUserError(
        Cli.run("solve", "als", "--instance", good.toString(), "--out", out, "--set", "rank=0"),
        "unknown setting 'rank' for als (did you mean als_rank?)");
  }

  @Test
  void missingNpy() throws Exception {
    Files.delete(good.resolve("cols.npy"));
    expectUserError(train(good), "cols.npy: no such file");
  }

  @Test
  void corruptNpy() throws Exception {
    Files.writeString(good.resolve("values.npy"), "garbage");
    expectUserError(train(good), "values.npy: not an npy file");
  }

  @Test
  void shapeMismatch() throws Exception {
    expectUserError(
        train(instance("len", new long[] {0, 1}, new long[] {0}, new double[] {1, 2})),
        "different lengths");
    Npy.writeFloat64(good.resolve("w_star.npy"), new long[] {3, 3}, new double[9]);
    expectUserError(train(good), "out of range");
  }

  @Test
  void indexOutOfRange() throws Exception {
    expectUserError(
        train(instance("range", new long[] {0, 4}, new long[] {0, 1}, new double[] {1, 2})),
        "row index 4 out of range [0, 4)");
  }

  @Test
  void conflictingDuplicates() throws Exception {
    expectUserError(
        train(instance("dup", new long[] {1, 1}, new long[] {2, 2}, new double[] {1, 2})),
        "(1, 2)");
  }

  @Test
  void nanValue() throws Exception {
    expectUserError(
        train(instance("nan", new long[] {0, 1}, new long[] {0, 1}, new double[] {1, Double.NaN})),
        "NaN");
  }

  @Test
  void emptyOmega() throws Exception {
    expectUserError(train(instance("empty", new long[0], new long[0], new double[0])), "empty");
  }

  @Test
  void depthZero() {
    expectUserError(train(good, "--depth", "0"), "depth must be ≥ 1, got 0");
  }

  @Test
  void nonPositiveLr() {
    expectUserError(train(good, "--lr", "0"), "lr must be > 0");
    expectUserError(train(good, "--lr", "-1e-3"), "lr must be > 0");
  }

  @Test
  void unknownOption() {
    expectUserError(train(good, "--learning-rate", "1"), "--learning-rate");
  }

  @Test
  void unknownConfigKey() throws Exception {
    expectUserError(
        train(good, "--set", "lrr=1"), "unknown setting 'lrr' for dmf (did you mean lr?)");
    Path toml = dir.resolve("c.toml");
    Files.writeString(toml, "depth = 2\nmomentum = 0.9\n");
    expectUserError(train(good, "--config", toml.toString()), "unknown setting 'momentum'");
    Files.writeString(toml, "depth = = 2\n");
    expectUserError(train(good, "--config", toml.toString()), "c.toml: invalid TOML at line 1");
  }

  @Test
  void badInitFrom() throws Exception {
    Path f = dir.resolve("factors");
    Files.createDirectories(f);
    Npy.writeFloat64(f.resolve("A1.npy"), new long[] {5, 4}, new double[20]);
    expectUserError(
        train(good, "--init-from", f.toString(), "--depth", "1"),
        "factors: factor 1 is 5x4, expected 6x5");
    expectUserError(train(good, "--init-from", dir.resolve("nope").toString()), "no such");
  }

  @Test
  void missingInstanceFolder() {
    expectUserError(train(dir.resolve("nowhere")), "no such instance folder");
  }
}
