package dmf.settings;

import java.util.Collection;
import java.util.Optional;

/** "Did you mean …?" hints for mistyped names. */
public final class Suggest {
  private Suggest() {}

  /**
   * @param word a mistyped name
   * @param known the valid names
   * @return the closest valid name within an edit distance of about a third of its length, or one
   *     that contains the word or is contained in it
   */
  public static Optional<String> closest(String word, Collection<String> known) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String k : known) {
      int d = distance(word, k);
      if (d < bestDistance) {
        best = k;
        bestDistance = d;
      }
    }
    if (best == null) {
      return Optional.empty();
    }
    if (bestDistance <= Math.max(2, best.length() / 3)) {
      return Optional.of(best);
    }
    for (String k : known) {
      if (word.length() >= 3 && (k.contains(word) || word.contains(k))) {
        return Optional.of(k);
      }
    }
    return Optional.empty();
  }

  /**
   * @param word a mistyped name
   * @param known the valid names
   * @return " (did you mean x?)" or ""
   */
  public static String hint(String word, Collection<String> known) {
    return closest(word, known).map(k -> " (did you mean " + k + "?)").orElse("");
  }

  /** Levenshtein distance. */
  static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
