package dmf.spark.cli;

import static dmf.spark.cli.SparkCommandsTest.dmf;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dmf.spark.cli.SparkCommandsTest.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dmf spark fit|evaluate|compare|bench} against their plain counterparts. */
class SparkRatingsCommandsTest {
  @TempDir static Path dir;
  static Path data;

  /** 40 users × 30 items, a rank-2 pattern plus noise, ratings 1..5 in halves, tab-separated. */
  @BeforeAll
  static void ratings() throws Exception {
    SplittableRandom rng = new SplittableRandom(7);
    StringBuilder sb = new StringBuilder();
    for (int u = 1; u <= 40; u++) {
      for (int i = 1; i <= 30; i++) {
        if (rng.nextDouble() < 0.45) {
          double r = 3 + Math.sin(u) * Math.cos(i) + 0.7 * Math.cos(2 * u + i) + rng.nextGaussian();
          r = Math.max(1, Math.min(5, Math.round(2 * r) / 2.0));
          sb.append(u).append('\t').append(i).append('\t').append(r).append('\t').append(u * i);
          sb.append('\n');
        }
      }
    }
    data = dir.resolve("ratings.tsv");
    Files.writeString(data, sb.toString());
  }

  static List<String> lines(String out, String prefix) {
    List<String> keep = new ArrayList<>();
    for (String l : out.split("\n")) {
      if (l.startsWith(prefix)) {
        keep.add(l);
      }
    }
    return keep;
  }

  @Test
  void sparkFitGivesTheModelOfDmfFit() throws Exception {
    String[] common = {
      "--data",
      data.toString(),
      "--test-fraction",
      "0.2",
      "--width",
      "8",
      "--max-iters",
      "150",
      "-q"
    };
    Path plain = dir.resolve("plain");
    Path spark = dir.resolve("spark");
    Run a = dmf(concat(new String[] {"fit", "--out", plain.toString()}, common));
    Run b =
        dmf(
            concat(
                new String[] {
                  "spark",
                  "fit",
                  "--out",
                  spark.toString(),
                  "--master",
                  "local[2]",
                  "--blocks",
                  "3",
                  "--spark-model",
                  dir.resolve("spark-model").toString()
                },
                common));
    assertEquals(0, a.exit(), a.out());
    assertEquals(0, b.exit(), b.out());
    assertEquals(lines(a.out(), "RMSE"), lines(b.out(), "RMSE"));
    assertEquals(1, lines(b.out(), "RMSE").size(), b.out());
    for (String f : List.of("A1.npy", "A2.npy", "user_bias.npy", "item_bias.npy")) {
      assertArrayEquals(Files.readAllBytes(plain.resolve(f)), Files.readAllBytes(spark.resolve(f)));
    }
    assertTrue(Files.isDirectory(dir.resolve("spark-model/factors")));
  }

  @Test
  void sparkEvaluateGivesTheLeaderboardOfDmfEvaluate() throws Exception {
    String[] common = {
      "--data",
      data.toString(),
      "--folds",
      "2",
      "--methods",
      "biases,dmf",
      "--set",
      "max_iters=100",
      "--set",
      "widths=8",
      "--workers",
      "1",
      "-q"
    };
    Path plain = dir.resolve("eval-plain");
    Path spark = dir.resolve("eval-spark");
    Run a = dmf(concat(new String[] {"evaluate", "--out", plain.toString()}, common));
    Run b = dmf(concat(new String[] {"spark", "evaluate", "--out", spark.toString()}, common));
    assertEquals(0, a.exit(), a.out());
    assertEquals(0, b.exit(), b.out());
    assertEquals(accuracy(plain), accuracy(spark));
  }

  /** results.csv without its timing columns (cells split at commas outside quotes). */
  static List<String> accuracy(Path evaluation) throws Exception {
    List<String> rows = Files.readAllLines(evaluation.resolve("results.csv"));
    List<String> header = List.of(rows.get(0).split(",", -1));
    List<String> out = new ArrayList<>();
    for (String r : rows) {
      String[] cells = r.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)", -1);
      StringBuilder sb = new StringBuilder();
      for (int c = 0; c < cells.length; c++) {
        if (!header.get(c).contains("seconds")) {
          sb.append(cells[c]).append(',');
        }
      }
      out.add(sb.toString());
    }
    return out;
  }

  @Test
  void compareAndBenchPrintBothSides() throws Exception {
    Run c =
        dmf(
            "spark",
            "compare",
            "--data",
            data.toString(),
            "--test-fraction",
            "0.2",
            "--als-ranks",
            "2,4",
            "--als-reg-params",
            "0.1",
            "--als-iters",
            "3",
            "--set",
            "max_iters=60",
            "--set",
            "widths=4",
            "--master",
            "local[2]");
    assertEquals(0, c.exit(), c.out());
    assertEquals(1, lines(c.out(), "| ALS (MLlib) | ").size(), c.out());
    assertEquals(1, lines(c.out(), "| deep factorization (dmf-depth2) | ").size(), c.out());
    assertEquals(2, lines(c.out(), "ALS rank").size(), c.out());
    Run none = dmf("spark", "compare", "--data", data.toString());
    assertEquals(2, none.exit(), none.out());
    assertTrue(none.out().contains("give --test FILE or --test-fraction"), none.out());

    Path inst = dir.resolve("inst");
    Run g =
        dmf(
            "gen",
            "ratings",
            "--users",
            "60",
            "--items",
            "40",
            "--ratings",
            "900",
            "--rank",
            "2",
            "--seed",
            "1",
            "--out",
            inst.toString());
    assertEquals(0, g.exit(), g.out());
    for (String engine : List.of("single", "spark")) {
      Run b =
          dmf(
              "spark",
              "bench",
              "--instance",
              inst.toString(),
              "--engine",
              engine,
              "--iters",
              "3",
              "--width",
              "4",
              "--frame",
              dir.resolve("inst.parquet").toString());
      assertEquals(0, b.exit(), b.out());
      assertEquals(1, lines(b.out(), "sec_per_iter = ").size(), b.out());
      assertEquals(1, lines(b.out(), "iterations = 3").size(), b.out());
    }
  }

  static String[] concat(String[] a, String[] b) {
    String[] out = new String[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
