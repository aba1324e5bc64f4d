package dmf.ratings;

import dmf.base.RandomStreams;
import dmf.base.UserInputException;
import dmf.io.data.IdIndex;
import dmf.io.data.RatingsTable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Seeded divisions of a ratings table into training, validation and test parts. Every random draw
 * comes from a named stream of the seed ("split" for the test part, "validation" for the validation
 * part), so the same seed gives the same parts. The validation part is a uniform random fraction of
 * what remains for training, drawn the same way for every method.
 */
public final class Splits {
  private Splits() {}

  /**
   * Random hold-out: a uniform random fraction of the ratings is the test part.
   *
   * @param t the ratings
   * @param testFraction in (0, 1), leaving both parts non-empty
   * @param validationFraction the share of the rest held out for validation, in [0, 1)
   * @param seed the seed
   * @return the split
   */
  public static Split holdout(
      RatingsTable t, double testFraction, double validationFraction, long seed) {
    if (!(testFraction > 0 && testFraction < 1)) {
      throw new UserInputException(
          "test fraction must be between 0 and 1 (exclusive), got " + testFraction);
    }
    int nTest = (int) Math.round(testFraction * t.size());
    if (nTest < 1 || nTest >= t.size()) {
      throw new UserInputException(
          "test fraction "
              + testFraction
              + " of "
              + t.size()
              + " ratings leaves an empty "
              + (nTest < 1 ? "test" : "training")
              + " part");
    }
    int[] perm = permutation(t.size(), RandomStreams.of(seed, "split"));
    int[] test = Arrays.copyOfRange(perm, 0, nTest);
    int[] train = Arrays.copyOfRange(perm, nTest, perm.length);
    return carve(t, train, test, validationFraction, seed, "hold-out " + testFraction);
  }

  /**
   * k-fold cross-validation: a random permutation cut into k folds of near-equal size; split j
   * tests on fold j and fits on the others.
   *
   * @param t the ratings
   * @param k the number of folds, 2 ≤ k ≤ size
   * @param validationFraction the share of each training part held out for validation
   * @param seed the seed
   * @return the k splits
   */
  public static List<Split> kFold(RatingsTable t, int k, double validationFraction, long seed) {
    if (k < 2) {
      throw new UserInputException("folds must be at least 2, got " + k);
    }
    if (k > t.size()) {
      throw new UserInputException(
          "folds (" + k + ") cannot exceed the number of ratings (" + t.size() + ")");
    }
    int[] perm = permutation(t.size(), RandomStreams.of(seed, "split"));
    List<Split> out = new ArrayList<>();
    for (int j = 0; j < k; j++) {
      int a = (int) ((long) t.size() * j / k);
      int b = (int) ((long) t.size() * (j + 1) / k);
      int[] test = Arrays.copyOfRange(perm, a, b);
      int[] train = new int[perm.length - (b - a)];
      System.arraycopy(perm, 0, train, 0, a);
      System.arraycopy(perm, b, train, a, perm.length - b);
      out.add(carve(t, train, test, validationFraction, seed + j, "fold " + (j + 1) + "/" + k));
    }
    return out;
  }

  /**
   * Per-user hold-out: k random ratings of each user with more than k ratings are the test part.
   *
   * @param t the ratings
   * @param k ratings left out per user, at least 1
   * @param validationFraction the share of the rest held out for validation
   * @param seed the seed
   * @return the split
   */
  public static Split perUser(RatingsTable t, int k, double validationFraction, long seed) {
    SplittableRandom rng = RandomStreams.of(seed, "split");
    return byUser(t, k, validationFraction, seed, "leave " + k + " out per user", rng);
  }

  /**
   * Temporal hold-out: the k latest ratings of each user with more than k ratings (by timestamp,
   * the later line on a tie) are the test part.
   *
   * @param t the ratings, with timestamps
   * @param k ratings left out per user, at least 1
   * @param validationFraction the share of the rest held out for validation
   * @param seed the seed of the validation part
   * @return the split
   */
  public static Split temporal(RatingsTable t, int k, double validationFraction, long seed) {
    if (t.timestamps() == null) {
      throw new UserInputException(
          t.source() + ": a temporal split needs timestamps, and the file has none");
    }
    return byUser(t, k, validationFraction, seed, "latest " + k + " per user", null);
  }

  private static Split byUser(
      RatingsTable t, int k, double vf, long seed, String name, SplittableRandom rng) {
    if (k < 1) {
      throw new UserInputException("ratings left out per user must be at least 1, got " + k);
    }
    int m = t.rows();
    int[] start = new int[m + 1];
    for (int u : t.users()) {
      start[u + 1]++;
    }
    for (int u = 0; u < m; u++) {
      start[u + 1] += start[u];
    }
    int[] byUser = new int[t.size()];
    int[] fill = Arrays.copyOf(start, m);
    for (int p = 0; p < t.size(); p++) {
      byUser[fill[t.users()[p]]++] = p;
    }
    boolean[] test = new boolean[t.size()];
    for (int u = 0; u < m; u++) {
      int s = start[u];
      int e = start[u + 1];
      if (e - s <= k) {
        continue;
      }
      if (rng != null) {
        Draws.partialShuffle(byUser, s, e, k, rng);
        for (int j = s; j < s + k; j++) {
          test[byUser[j]] = true;
        }
      } else {
        long[] ts = t.timestamps();
        Integer[] idx = new Integer[e - s];
        for (int j = s; j < e; j++) {
          idx[j - s] = byUser[j];
        }
        Arrays.sort(idx, (a, b) -> ts[a] != ts[b] ? Long.compare(ts[b], ts[a]) : b - a);
        for (int j = 0; j < k; j++) {
          test[idx[j]] = true;
        }
      }
    }
    int nt = 0;
    for (boolean b : test) {
      nt += b ? 1 : 0;
    }
    if (nt == 0) {
      throw new UserInputException(
          "no user has more than " + k + " ratings, so the test part would be empty");
    }
    int[] te = new int[nt];
    int[] tr = new int[t.size() - nt];
    for (int p = 0, a = 0, b = 0; p < t.size(); p++) {
      if (test[p]) {
        te[a++] = p;
      } else {
        tr[b++] = p;
      }
    }
    return carve(t, tr, te, vf, seed, name);
  }

  /**
   * Given train and test files: the test ratings are re-indexed onto the training ids, extended by
   * the ids that only the test part has (they are cold).
   *
   * @param train the training ratings
   * @param test the test ratings (read separately)
   * @param validationFraction the share of the training ratings held out for validation
   * @param seed the seed of the validation part
   * @return the split
   */
  public static Split given(
      RatingsTable train, RatingsTable test, double validationFraction, long seed) {
    IdIndex users = train.userIds().extendedWith(test.userIds());
    IdIndex items = train.itemIds().extendedWith(test.itemIds());
    RatingsTable tr = reindex(train, users, items);
    RatingsTable te = reindex(test, users, items);
    int[] all = new int[tr.size()];
    Arrays.setAll(all, p -> p);
    return carve(tr, all, null, te, validationFraction, seed, "given test file");
  }

  /**
   * No test part: everything but the validation part is fitted.
   *
   * @param t the ratings
   * @param validationFraction the share held out for validation
   * @param seed the seed
   * @return the split
   */
  public static Split none(RatingsTable t, double validationFraction, long seed) {
    int[] all = new int[t.size()];
    Arrays.setAll(all, p -> p);
    return carve(t, all, new int[0], validationFraction, seed, "no test part");
  }

  /**
   * @param t ratings
   * @param users a map holding every user id of t
   * @param items a map holding every item id of t
   * @return t with indices into the given maps
   */
  static RatingsTable reindex(RatingsTable t, IdIndex users, IdIndex items) {
    if (t.userIds().equals(users) && t.itemIds().equals(items)) {
      return t;
    }
    int[] um = t.userIds().translateTo(users);
    int[] im = t.itemIds().translateTo(items);
    int[] u = new int[t.size()];
    int[] i = new int[t.size()];
    for (int p = 0; p < u.length; p++) {
      u[p] = um[t.users()[p]];
      i[p] = im[t.items()[p]];
    }
    return new RatingsTable(
        t.source(), users, items, u, i, t.ratings(), t.timestamps(), t.counts());
  }

  private static Split carve(
      RatingsTable t, int[] train, int[] test, double vf, long seed, String name) {
    return carve(t, train, test, null, vf, seed, name);
  }

  private static Split carve(
      RatingsTable t,
      int[] train,
      int[] test,
      RatingsTable testTable,
      double vf,
      long seed,
      String name) {
    if (!(vf >= 0 && vf < 1)) {
      throw new UserInputException("validation fraction must be in [0, 1), got " + vf);
    }
    int nv = (int) Math.round(vf * train.length);
    if (nv >= train.length) {
      throw new UserInputException("validation fraction " + vf + " leaves no training ratings");
    }
    int[] shuffled = train.clone();
    Draws.partialShuffle(shuffled, 0, shuffled.length, nv, RandomStreams.of(seed, "validation"));
    int[] val = Arrays.copyOfRange(shuffled, 0, nv);
    int[] fit = Arrays.copyOfRange(shuffled, nv, shuffled.length);
    Arrays.sort(val);
    Arrays.sort(fit);
    RatingsTable te = testTable != null ? testTable : t.subset(test);
    return new Split(t.subset(fit), t.subset(val), te, name);
  }

  private static int[] permutation(int n, SplittableRandom rng) {
    int[] p = new int[n];
    for (int j = 0; j < n; j++) {
      p[j] = j;
    }
    for (int j = n - 1; j > 0; j--) {
      int r = rng.nextInt(j + 1);
      int tmp = p[j];
      p[j] = p[r];
      p[r] = tmp;
    }
    return p;
  }
}
