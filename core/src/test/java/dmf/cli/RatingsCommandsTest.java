package dmf.cli;

import static dmf.cli.BadInputTest.expectUserError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** fit, predict, recommend and evaluate end to end on a small file, and their user errors. */
class RatingsCommandsTest {
  @TempDir Path dir;
  Path data;

  /**
   * 40 users × 30 items, 500 ratings 1..5 of a planted rank-2 model, u.data layout, ids with gaps.
   */
  @BeforeEach
  void writeRatings() throws Exception {
    SplittableRandom rng = new SplittableRandom(5);
    double[][] u = new double[40][2];
    double[][] v = new double[30][2];
    for (double[] r : u) {
      r[0] = rng.nextGaussian();
      r[1] = rng.nextGaussian();
    }
    for (double[] r : v) {
      r[0] = rng.nextGaussian();
      r[1] = rng.nextGaussian();
    }
    StringBuilder sb = new StringBuilder();
    Set<Integer> used = new HashSet<>();
    while (used.size() < 500) {
      int a = rng.nextInt(40);
      int b = rng.nextInt(30);
      if (used.add(a * 30 + b)) {
        double x = 3 + u[a][0] * v[b][0] + u[a][1] * v[b][1] + 0.3 * rng.nextGaussian();
        long r = Math.max(1, Math.min(5, Math.round(x)));
        sb.append(7 * a + 1).append('\t').append(100 + b).append('\t').append(r);
        sb.append('\t').append(1000 + used.size()).append('\n');
      }
    }
    data = dir.resolve("u.data");
    Files.writeString(data, sb.toString());
  }

  Cli fit(Path out, String... extra) {
    List<String> a =
        new ArrayList<>(List.of("fit", "--data", data.toString(), "--out", out.toString(), "-q"));
    a.addAll(List.of(extra));
    return Cli.run(a.toArray(String[]::new));
  }

  static Cli predict(Path model, Path pairs, Path out) {
    return Cli.run(
        "predict",
        "--model",
        model.toString(),
        "--pairs",
        pairs.toString(),
        "--out",
        out.toString());
  }

  @Test
  void fitPredictRecommendRoundTrip() throws Exception {
    Path model = dir.resolve("model");
    Cli f = fit(model, "--test-fraction", "0.2", "--width", "8", "--max-iters", "200");
    assertEquals(0, f.exit, f.err);
    assertTrue(f.out.contains("RMSE  train"), f.out);
    assertTrue(Files.isRegularFile(model.resolve("A2.npy")), "depth-2 factors saved");
    assertTrue(Files.isRegularFile(model.resolve("provenance.json")));
    assertTrue(Files.readString(model.resolve("config.toml")).contains("widths"));
    Path pairs = dir.resolve("pairs.csv");
    Files.writeString(pairs, "userId,movieId\n1,100\n8,101\n999,100\n");
    Path out = dir.resolve("pred.csv");
    Cli p = predict(model, pairs, out);
    assertEquals(0, p.exit, p.err);
    List<String> lines = Files.readAllLines(out);
    assertEquals("user,item,prediction", lines.get(0));
    assertEquals(4, lines.size(), "the unknown user gets the offset");
    assertTrue(p.out.contains("1 pairs had a user or item without training ratings"), p.out);
    Cli again = predict(model, pairs, dir.resolve("p2.csv"));
    assertEquals(0, again.exit);
    assertEquals(lines, Files.readAllLines(dir.resolve("p2.csv")), "same model, same bits");
    Cli r = Cli.run("recommend", "--model", model.toString(), "--user", "1", "--top", "5");
    assertEquals(0, r.exit, r.err);
    Set<String> rated = new HashSet<>();
    for (String line : Files.readAllLines(data)) {
      String[] x = line.split("\t");
      if (x[0].equals("1")) {
        rated.add(x[1]);
      }
    }
    String[] rec = r.out.strip().split("\n");
    assertEquals(6, rec.length, r.out);
    for (int k = 1; k < rec.length; k++) {
      assertTrue(!rated.contains(rec[k].split(",")[1]), "recommended a rated item: " + rec[k]);
    }
    Path all = dir.resolve("recs.csv");
    Cli ra =
        Cli.run(
            "recommend",
            "--model",
            model.toString(),
            "--all-users",
            "--top",
            "3",
            "--out",
            all.toString());
    assertEquals(0, ra.exit, ra.err);
    assertTrue(Files.readAllLines(all).size() > 40 * 2, "about 3 lines per user");
  }

  @Test
  void evaluateWritesTheLeaderboard() throws Exception {
    Path out = dir.resolve("eval");
    Cli e =
        Cli.run(
            "evaluate",
            "--data",
            data.toString(),
            "--folds",
            "3",
            "--methods",
            "mean,biases,dmf2",
            "--set",
            "dmf.widths=6",
            "--set",
            "max_iters=100",
            "--out",
            out.toString(),
            "-q");
    assertEquals(0, e.exit, e.err);
    assertTrue(e.out.contains("dmf-depth2"), e.out);
    for (String f :
        List.of(
            "leaderboard.csv",
            "leaderboard.md",
            "results.csv",
            "leaderboard.png",
            "evaluation.json")) {
      assertTrue(Files.isRegularFile(out.resolve(f)), f);
    }
    assertEquals(1 + 3 * 3, Files.readAllLines(out.resolve("results.csv")).size());
  }

  @Test
  void badInputIsOneLineWithExitCodeTwo() throws Exception {
    Path m = dir.resolve("m");
    Path bad = dir.resolve("bad.data");
    Files.writeString(bad, "1\t2\t3\t4\n1\t3\tfive\t4\n");
    expectUserError(
        Cli.run("fit", "--data", bad.toString(), "--out", m.toString()),
        bad + ":2: rating 'five' is not a number");
    Files.writeString(bad, "1\t2\t3\t4\n1\t3\t7\t4\n");
    expectUserError(
        Cli.run(
            "fit",
            "--data",
            bad.toString(),
            "--out",
            m.toString(),
            "--rating-min",
            "1",
            "--rating-max",
            "5"),
        bad + ":2: rating 7 is outside the declared range [1, 5]");
    Files.writeString(bad, "");
    expectUserError(
        Cli.run("fit", "--data", bad.toString(), "--out", m.toString()), bad + ": no ratings");
    expectUserError(fit(m, "--test-fraction", "0"), "test fraction must be between 0 and 1");
    expectUserError(fit(m, "--test-fraction", "1"), "test fraction must be between 0 and 1");
    expectUserError(
        Cli.run(
            "evaluate",
            "--data",
            data.toString(),
            "--folds",
            "501",
            "--out",
            dir.resolve("e").toString()),
        "folds (501) cannot exceed the number of ratings (500)");
    Path model = dir.resolve("model");
    assertEquals(0, fit(model, "--width", "4", "--max-iters", "20").exit);
    Path pairs = dir.resolve("pairs.csv");
    Files.writeString(pairs, "userId,rating\n1,4\n");
    expectUserError(
        predict(model, pairs, dir.resolve("o.csv")), pairs + ":1: no item column in the header");
    Files.writeString(pairs, "1\n");
    expectUserError(
        predict(model, pairs, dir.resolve("o.csv")),
        pairs + ":1: expected the user and item columns");
    Files.delete(model.resolve("A1.npy"));
    expectUserError(
        Cli.run("recommend", "--model", model.toString(), "--user", "1"),
        model + ": missing A1.npy (not a complete model folder)");
    expectUserError(
        fit(dir.resolve("x"), "--method", "als", "--depth", "3"),
        "--depth is a setting of dmf, not of als");
    expectUserError(fit(dir.resolve("x"), "--method", "svd"), "unknown method 'svd'");
    expectUserError(
        Cli.run("recommend", "--model", dir.resolve("nowhere").toString(), "--user", "1"),
        "no such model folder");
  }
}
