package dmf.problem;

import dmf.base.IntChunks;
import dmf.base.MemoryBudget;
import dmf.base.UserInputException;
import dmf.base.Workers;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;

/**
 * Validation of observed entries at any size: indices in range, finite values, and repeated
 * positions. Repeats are found with one bit per position of W when rows·cols/8 bytes is at most 8
 * bytes per entry (one pass, O(|Ω|)), else by grouping the entries by row (a counting sort) and
 * sorting each row's columns (O(|Ω| log(row length)) time, 4 bytes per entry of scratch).
 */
final class OmegaChecks {
  /**
   * Rows per piece of the parallel duplicate search (fixed, so the outcome never depends on
   * threads).
   */
  private static final int ROWS_PER_PIECE = 4096;

  private OmegaChecks() {}

  /**
   * Checks indices and values.
   *
   * @throws UserInputException naming the first bad entry
   */
  static void checkEntries(int rows, int cols, Observations o) {
    for (int k = 0; k < o.size(); k++) {
      int i = o.row(k);
      int j = o.col(k);
      if (i < 0 || i >= rows) {
        throw new UserInputException(
            "observation " + k + ": row index " + i + " out of range [0, " + rows + ")");
      }
      if (j < 0 || j >= cols) {
        throw new UserInputException(
            "observation " + k + ": column index " + j + " out of range [0, " + cols + ")");
      }
      double v = o.value(k);
      if (!Double.isFinite(v)) {
        throw new UserInputException(
            "observation " + k + " at (" + i + ", " + j + ") has value " + v);
      }
    }
  }

  /**
   * Finds repeated positions. Repeats with the same value are collapsed to their first occurrence;
   * repeats with different values are an input error.
   *
   * @param rows rows of W
   * @param cols columns of W
   * @param o the entries (indices already checked)
   * @return the entries with repeats dropped ({@code o} itself when there are none)
   */
  static Observations dedupe(int rows, int cols, Observations o) {
    long cells = (long) rows * cols;
    if (cells / 8 <= Math.max(64L << 20, 8L * o.size())) {
      return dedupeByBits(cells, cols, o);
    }
    return dedupeBySort(rows, o);
  }

  /** One bit per position: a set bit met again marks a repeat, resolved in a second pass. */
  private static Observations dedupeByBits(long cells, int cols, Observations o) {
    int n = o.size();
    MemoryBudget.require(MemoryBudget.plus(o.bytes(), cells / 8), "checking " + n + " entries");
    long[] bits = new long[(int) ((cells + 63) >>> 6)];
    BitSet repeats = new BitSet();
    for (int k = 0; k < n; k++) {
      long pos = (long) o.row(k) * cols + o.col(k);
      int w = (int) (pos >>> 6);
      long b = 1L << pos;
      if ((bits[w] & b) != 0) {
        repeats.set(k);
      }
      bits[w] |= b;
    }
    if (repeats.isEmpty()) {
      return o;
    }
    Map<Long, Integer> first = new HashMap<>();
    for (int k = repeats.nextSetBit(0); k >= 0; k = repeats.nextSetBit(k + 1)) {
      first.put((long) o.row(k) * cols + o.col(k), -1);
    }
    for (int k = 0; k < n; k++) {
      Long pos = (long) o.row(k) * cols + o.col(k);
      Integer f = first.get(pos);
      if (f == null) {
        continue;
      }
      if (f < 0) {
        first.put(pos, k);
      } else if (Double.compare(o.value(f), o.value(k)) != 0) {
        throw conflict(o, f, k);
      }
    }
    int[] keep = new int[n - repeats.cardinality()];
    for (int k = 0, u = 0; k < n; k++) {
      if (!repeats.get(k)) {
        keep[u++] = k;
      }
    }
    return o.select(keep);
  }

  private static UserInputException conflict(Observations o, int a, int b) {
    return new UserInputException(
        "entry ("
            + o.row(b)
            + ", "
            + o.col(b)
            + ") is observed twice with different values: "
            + o.value(a)
            + " (observation "
            + a
            + ") and "
            + o.value(b)
            + " (observation "
            + b
            + ")");
  }

  private static Observations dedupeBySort(int rows, Observations o) {
    int n = o.size();
    MemoryBudget.require(
        MemoryBudget.plus(o.bytes(), MemoryBudget.bytes(n, 4)), "checking " + n + " entries");
    int[] start = new int[rows + 1];
    for (int k = 0; k < n; k++) {
      start[o.row(k) + 1]++;
    }
    for (int i = 0; i < rows; i++) {
      start[i + 1] += start[i];
    }
    IntChunks perm = new IntChunks(n);
    int[] next = Arrays.copyOf(start, rows);
    for (int k = 0; k < n; k++) {
      perm.set(next[o.row(k)]++, k);
    }
    int pieces = (rows + ROWS_PER_PIECE - 1) / ROWS_PER_PIECE;
    BitSet[] dropped = new BitSet[pieces];
    RuntimeException[] errors = new RuntimeException[pieces];
    Workers.of(0)
        .run(
            pieces,
            piece -> {
              try {
                dropped[piece] = scan(o, start, perm, piece);
              } catch (UserInputException ex) {
                errors[piece] = ex;
              }
            });
    BitSet drop = new BitSet();
    for (int piece = 0; piece < pieces; piece++) {
      if (errors[piece] != null) {
        throw errors[piece];
      }
      drop.or(dropped[piece]);
    }
    if (drop.isEmpty()) {
      return o;
    }
    int[] keep = new int[n - drop.cardinality()];
    for (int k = 0, u = 0; k < n; k++) {
      if (!drop.get(k)) {
        keep[u++] = k;
      }
    }
    return o.select(keep);
  }

  private static BitSet scan(Observations o, int[] start, IntChunks perm, int piece) {
    BitSet drop = new BitSet();
    int lo = piece * ROWS_PER_PIECE;
    int hi = Math.min(start.length - 1, lo + ROWS_PER_PIECE);
    long[] keys = new long[16];
    for (int i = lo; i < hi; i++) {
      int len = start[i + 1] - start[i];
      if (len < 2) {
        continue;
      }
      if (keys.length < len) {
        keys = new long[Math.max(len, 2 * keys.length)];
      }
      for (int t = 0; t < len; t++) {
        int k = perm.get(start[i] + t);
        keys[t] = (long) o.col(k) << 32 | k;
      }
      Arrays.sort(keys, 0, len);
      for (int t = 1; t < len; t++) {
        if (keys[t] >>> 32 == keys[t - 1] >>> 32) {
          int a = (int) keys[t - 1];
          int b = (int) keys[t];
          if (Double.compare(o.value(a), o.value(b)) != 0) {
            throw conflict(o, a, b);
          }
          drop.set(b);
        }
      }
    }
    return drop;
  }
}
