package dmf.io.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dmf.base.ProgressListener;
import dmf.base.RandomStreams;
import dmf.base.UserInputException;
import dmf.testing.Shared;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RatingsTest {
  /** MovieLens 100K, read in place: its licence forbids copying it into the repository. */
  static final Path ML = Shared.path("data", "ml-100k", "u.data");

  @TempDir Path dir;

  RatingsTable read(String name, String text) throws Exception {
    Path f = dir.resolve(name);
    Files.writeString(f, text);
    return Ratings.read(f, Ratings.guess(f));
  }

  UserInputException fails(String name, String text, RatingsFormat fmt) throws Exception {
    Path f = dir.resolve(name);
    Files.writeString(f, text);
    return assertThrows(UserInputException.class, () -> Ratings.read(f, fmt));
  }

  @Test
  void readsMovieLens100kInPlace() {
    assumeTrue(Files.isRegularFile(ML), "no MovieLens 100K at " + ML + " (set DMF_SHARED)");
    RatingsTable t = Ratings.read(ML, RatingsFormat.movieLens());
    assertEquals(100_000, t.size());
    assertEquals(943, t.rows());
    assertEquals(1682, t.cols());
    assertEquals("1", t.userIds().id(0));
    assertEquals("943", t.userIds().id(942));
    double mean = 0;
    for (float r : t.ratings()) {
      mean += r;
    }
    assertEquals(3.52986, mean / t.size(), 1e-5);
    assertEquals(0, t.counts().duplicates());
    RatingsTable auto = Ratings.read(ML, Ratings.guess(ML));
    assertArrayEquals(t.users(), auto.users());
    assertArrayEquals(t.timestamps(), auto.timestamps());
    RatingsTable a = t.sample(10_000, RandomStreams.of(0, "ratings"));
    RatingsTable b = t.sample(10_000, RandomStreams.of(0, "ratings"));
    assertArrayEquals(a.users(), b.users());
    assertArrayEquals(a.ratings(), b.ratings());
    Set<Long> pairs = new HashSet<>();
    for (int k = 0; k < a.size(); k++) {
      assertTrue(pairs.add((long) a.users()[k] * 2000 + a.items()[k]), "duplicate pair");
    }
    assertEquals(10_000, a.toCompletionProblem().observationCount());
  }

  @Test
  void movieLensCsvWithHeaderBomQuotesAndIdsInNumericOrder() throws Exception {
    RatingsTable t =
        read(
            "r.csv",
            "\uFEFFmovieId,title,rating,userId,timestamp\r\n"
                + "50,\"Heat, the movie\",4.5,7,1\r\n"
                + "10,\"Say \"\"hi\"\"\",3,7,2\r\n"
                + "50,x,1,10,3\r\n"
                + "9,x,2,10,3");
    assertEquals("[7, 10]", Arrays.toString(t.userIds().texts()));
    assertEquals("[9, 10, 50]", Arrays.toString(t.itemIds().texts()));
    assertArrayEquals(new int[] {0, 0, 1, 1}, t.users());
    assertArrayEquals(new int[] {2, 1, 2, 0}, t.items());
    assertArrayEquals(new float[] {4.5f, 3, 1, 2}, t.ratings());
    assertArrayEquals(new long[] {1, 2, 3, 3}, t.timestamps());
    assertTrue(t.userIds().isNumeric());
  }

  @Test
  void ml1mDoubleColonAndGenericColumnsAndGzip() throws Exception {
    RatingsTable m = read("ratings.dat", "1::1193::5::978300760\n1::661::3::978302109\n");
    assertEquals(2, m.size());
    assertEquals("1193", m.itemIds().id(1));
    Path f = dir.resolve("x.txt");
    Files.writeString(f, "a;u1;4\nb;u2;5\n");
    RatingsTable g =
        Ratings.read(
            f, RatingsFormat.named("csv").withSeparator(";").withColumns("item,user,rating"));
    assertEquals("u2", g.userIds().id(g.users()[1]));
    assertEquals("b", g.itemIds().id(g.items()[1]));
    assertNull(g.timestamps());
    Path gz = dir.resolve("u.data.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
      out.write("1\t2\t3\t4\n2\t3\t4\t5\n".getBytes(StandardCharsets.US_ASCII));
    }
    RatingsTable z = Ratings.read(gz, Ratings.guess(gz));
    assertArrayEquals(new float[] {3, 4}, z.ratings());
  }

  @Test
  void textIdsLatin1BytesAndMixedIdsNeverFail() throws Exception {
    Path f = dir.resolve("books.csv");
    byte[] latin1 =
        "user,isbn,rating\n1,034545104X,5\n2,caf\u00e9,3\n".getBytes(StandardCharsets.ISO_8859_1);
    Files.write(f, latin1);
    RatingsTable t = Ratings.read(f, Ratings.guess(f));
    assertFalse(t.itemIds().isNumeric());
    assertTrue(t.itemIds().indexOf("caf\u00e9") >= 0);
    assertTrue(t.itemIds().indexOf("034545104X") >= 0);
    Path mixed = dir.resolve("m.tsv");
    Files.writeString(mixed, "10\t1\t1\n9\t1\t2\nabc\t1\t3\n007\t1\t4\n");
    RatingsTable x = Ratings.read(mixed, Ratings.guess(mixed));
    assertEquals("[007, 10, 9, abc]", Arrays.toString(x.userIds().texts()));
  }

  @Test
  void keepsTheLatestDuplicateAndCountsTheRest() throws Exception {
    RatingsTable t = read("d.tsv", "1\t5\t1\t30\n1\t5\t2\t10\n2\t5\t4\t1\n1\t5\t3\t30\n");
    assertEquals(2, t.size());
    assertEquals(2, t.counts().duplicates());
    assertArrayEquals(new float[] {4, 3}, t.ratings(), "latest by time, the later line on a tie");
    assertEquals("user 1 rated item 5 more than once", t.counts().firstDuplicate());
    RatingsTable n = read("n.tsv", "1\t5\t1\n1\t5\t2\n");
    assertArrayEquals(new float[] {2}, n.ratings(), "no timestamps: the later line");
  }

  @Test
  void idColumnsMakeATableByTheRulesOfFiles() {
    long[] u = {30, -2, 30, 7, 30};
    long[] i = {5, 5, 9, 5, 5};
    float[] r = {1, 2, 3, 4, 5};
    long[] t = {9, 1, 1, 1, 8};
    RatingsTable x = Ratings.ofIds(u, i, r, t);
    assertArrayEquals(new long[] {-2, 7, 30}, x.userIds().numbers(), "sorted numerically");
    assertArrayEquals(new long[] {5, 9}, x.itemIds().numbers());
    assertEquals(4, x.size());
    assertEquals(1, x.counts().duplicates());
    assertArrayEquals(new float[] {1, 2, 3, 4}, x.ratings(), "user 30, item 5: time 9 wins");
    assertArrayEquals(new int[] {2, 0, 2, 1}, x.users());
    RatingsTable y = Ratings.ofIds(u, i, r, null);
    assertArrayEquals(new float[] {2, 3, 4, 5}, y.ratings(), "no times: the later row wins");
    assertArrayEquals(new float[] {1, 2, 3, 4, 5}, r, "input not modified");
  }

  @Test
  void badLinesNameFileAndLineOrAreCounted() throws Exception {
    RatingsFormat ml = RatingsFormat.movieLens();
    Path f = dir.resolve("u.data");
    assertEquals(
        f + ":3: rating 'x' is not a number",
        fails("u.data", "1\t2\t3\t4\n\n1\t2\tx\t4\n", ml).getMessage());
    assertEquals(
        f + ":2: expected 4 fields, found 3",
        fails("u.data", "1\t2\t3\t4\n1\t2\t3\n", ml).getMessage());
    assertEquals(
        f + ":2: rating 'NaN' is not a number",
        fails("u.data", "1\t2\t3\t4\n5\t6\tNaN\t4\n", ml).getMessage());
    assertEquals(
        f + ":2: timestamp 'soon' is not an integer",
        fails("u.data", "1\t2\t3\t4\n5\t6\t1\tsoon\n", ml).getMessage());
    assertEquals(f + ": no ratings", fails("u.data", "", ml).getMessage());
    assertEquals(f + ": no ratings", fails("u.data", "\n  \n", ml).getMessage());
    Files.writeString(f, "1\t2\t3\t4\n7\t2\tbad\t4\n8\t2\t1\t4\n");
    RatingsTable t = Ratings.read(f, ml, true);
    assertEquals(2, t.size());
    assertEquals(1, t.skipped());
    assertEquals(f + ":2: rating 'bad' is not a number", t.firstSkipped());
    Path c = dir.resolve("x.csv");
    Files.writeString(c, "who,what,score\n1,2,3\n");
    UserInputException e =
        assertThrows(
            UserInputException.class, () -> Ratings.read(c, RatingsFormat.named("movielens-csv")));
    assertTrue(e.getMessage().startsWith(c + ":1: no user column in the header"), e.getMessage());
    assertTrue(
        fails("q.csv", "1,\"2,3\n", RatingsFormat.named("csv"))
            .getMessage()
            .endsWith("not closed"));
  }

  @Test
  void declaredRangeIsCheckedPerLine() throws Exception {
    Path f = dir.resolve("u.data");
    Files.writeString(f, "1\t2\t3\t4\n1\t3\t6\t4\n");
    UserInputException e =
        assertThrows(
            UserInputException.class,
            () ->
                Ratings.read(
                    f,
                    RatingsFormat.movieLens(),
                    new ReadRules(false, 1, 5),
                    ProgressListener.NONE));
    assertEquals(f + ":2: rating 6 is outside the declared range [1, 5]", e.getMessage());
  }

  @Test
  void decimalsParseExactlyAsTheJdkDoes() {
    SplittableRandom rng = new SplittableRandom(7);
    for (int k = 0; k < 20_000; k++) {
      String s =
          switch (k % 4) {
            case 0 -> Long.toString(rng.nextLong(100_000));
            case 1 -> rng.nextInt(10) + "." + rng.nextInt(1000);
            case 2 -> Double.toString(rng.nextDouble() * Math.pow(10, rng.nextInt(-8, 8)));
            default -> "-" + rng.nextInt(100) + "." + Long.toString(rng.nextLong(1L << 62));
          };
      byte[] b = s.getBytes(StandardCharsets.US_ASCII);
      assertEquals(Double.parseDouble(s), Numbers.decimal(b, 0, b.length), s);
    }
    for (String bad :
        new String[] {"", ".", "-", "1d", "NaN", "Infinity", "0x10", "1e999", "1..2"}) {
      byte[] b = bad.getBytes(StandardCharsets.US_ASCII);
      assertTrue(Double.isNaN(Numbers.decimal(b, 0, b.length)), bad);
    }
  }
}
