package dmf.io.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dmf.base.RandomStreams;
import dmf.base.UserInputException;
import dmf.testing.Shared;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RatingsTest {
  /** MovieLens 100K, read in place: its licence forbids copying it into the repository. */
  static final Path ML = Shared.path("data", "ml-100k", "u.data");

  @TempDir Path dir;

  /**
   * Whether the shared copy is the intact MovieLens file (the copy on this machine lost every '1').
   */
  static boolean intact() throws Exception {
    return Files.isRegularFile(ML) && Files.readString(ML).contains("1");
  }

  @Test
  void damagedCopyIsReportedByLineAndCanBeSkipped() throws Exception {
    assumeTrue(Files.isRegularFile(ML) && !intact(), "u.data absent or intact; skipping");
    UserInputException e =
        assertThrows(UserInputException.class, () -> Ratings.read(ML, RatingsFormat.movieLens()));
    assertTrue(e.getMessage().startsWith(ML + ":3: "), e.getMessage());
    RatingsTable t = Ratings.read(ML, RatingsFormat.movieLens(), true);
    assertTrue(
        t.size() + t.skipped() <= 100_000 && t.size() > 50_000, t.size() + " + " + t.skipped());
    assertTrue(t.skipped() > 0);
  }

  /**
   * The intact u.data, or else the same 100,000 ratings reassembled (in the temp folder) from the
   * u1.base/u1.test split that ships beside it.
   */
  Path movieLens() throws Exception {
    if (intact()) {
      return ML;
    }
    Path base = ML.resolveSibling("u1.base");
    Path test = ML.resolveSibling("u1.test");
    assumeTrue(
        Files.isRegularFile(base) && Files.isRegularFile(test),
        "no intact MovieLens 100K (u.data or u1.base + u1.test); skipping");
    Path joined = dir.resolve("u.data");
    Files.write(joined, Files.readAllBytes(base));
    Files.write(joined, Files.readAllBytes(test), java.nio.file.StandardOpenOption.APPEND);
    return joined;
  }

  @Test
  void readsMovieLens100k() throws Exception {
    RatingsTable t = Ratings.read(movieLens(), RatingsFormat.movieLens());
    assertEquals(100_000, t.size());
    assertEquals(943, t.rows());
    assertEquals(1682, t.cols());
    double mean = java.util.Arrays.stream(t.values()).average().orElseThrow();
    assertEquals(3.52986, mean, 1e-5);
    RatingsTable a = t.sample(10_000, RandomStreams.of(0, "ratings"));
    RatingsTable b = t.sample(10_000, RandomStreams.of(0, "ratings"));
    assertArrayEquals(a.rowIdx(), b.rowIdx());
    assertArrayEquals(a.values(), b.values());
    assertEquals(943, a.rows());
    Set<Long> pairs = new HashSet<>();
    for (int k = 0; k < a.size(); k++) {
      assertTrue(pairs.add((long) a.rowIdx()[k] * 2000 + a.colIdx()[k]), "duplicate pair");
    }
    assertEquals(10_000, a.toCompletionProblem().observationCount());
  }

  @Test
  void remapsIdsInAscendingOrderAndReadsCsvWithHeader() throws Exception {
    Path f = dir.resolve("r.csv");
    Files.writeString(f, "movieId,rating,userId,timestamp\n50,4.5,7,1\n10,3,7,2\n50,1,3,3\n");
    RatingsTable t = Ratings.read(f, Ratings.guess(f));
    assertArrayEquals(new long[] {3, 7}, t.userIds());
    assertArrayEquals(new long[] {10, 50}, t.itemIds());
    assertArrayEquals(new int[] {1, 1, 0}, t.rowIdx());
    assertArrayEquals(new int[] {1, 0, 1}, t.colIdx());
    assertArrayEquals(new double[] {4.5, 3, 1}, t.values());
  }

  @Test
  void badLinesNameFileAndLine() throws Exception {
    Path f = dir.resolve("u.data");
    Files.writeString(f, "1\t2\t3\t4\n\n1\tx\t3\t4\n");
    UserInputException e =
        assertThrows(UserInputException.class, () -> Ratings.read(f, RatingsFormat.movieLens()));
    assertEquals(f + ":3: item id 'x' is not an integer", e.getMessage());
    Files.writeString(f, "1\t2\t3\t4\n1\t2\t3\n");
    e = assertThrows(UserInputException.class, () -> Ratings.read(f, RatingsFormat.movieLens()));
    assertEquals(f + ":2: expected 4 fields, found 3", e.getMessage());
    Files.writeString(f, "1\t2\t3\t4\n7\t2\t\t4\n");
    e = assertThrows(UserInputException.class, () -> Ratings.read(f, RatingsFormat.movieLens()));
    assertEquals(f + ":2: rating '' is not a number", e.getMessage());
    assertEquals(1, Ratings.read(f, RatingsFormat.movieLens(), true).skipped());
    Files.writeString(f, "1\t2\t3\t4\n5\t6\tNaN\t4\n");
    e = assertThrows(UserInputException.class, () -> Ratings.read(f, RatingsFormat.movieLens()));
    assertTrue(e.getMessage().startsWith(f + ":2: rating is NaN"), e.getMessage());
    Files.writeString(f, "1\t2\t3\t4\n1\t2\t5\t9\n");
    e = assertThrows(UserInputException.class, () -> Ratings.read(f, RatingsFormat.movieLens()));
    assertTrue(e.getMessage().contains(":2:") && e.getMessage().contains("line 1"));
    Files.writeString(f, "");
    assertThrows(UserInputException.class, () -> Ratings.read(f, RatingsFormat.movieLens()));
    Path c = dir.resolve("x.csv");
    Files.writeString(c, "user,item,score\n1,2,3\n");
    e = assertThrows(UserInputException.class, () -> Ratings.read(c, Ratings.guess(c)));
    assertTrue(e.getMessage().startsWith(c + ":1: no column 'userId'"), e.getMessage());
  }
}
