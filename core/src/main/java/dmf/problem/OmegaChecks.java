package dmf.problem;

import dmf.base.IntChunks;
import dmf.base.MemoryBudget;
import dmf.base.UserInputException;
import dmf.base.Workers;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Validation of observed entries at any size: indices in range, finite values, and repeated
 * positions, in O(|Ω|) time: the entries are bucketed by blocks of rows (a counting sort of their
 * positions within the block, 4 bytes per entry of scratch, read and written in order), then each
 * block's positions are marked in a bitmap of one bit per position of the block that fits in a
 * core's cache (512 KiB); a position marked twice is a repeat. Repeats, rare, are then resolved in
 * one more pass in entry order.
 */
final class OmegaChecks {
  /** Bits of the bitmap of one block of rows. */
  private static final int BLOCK_BITS = 1 << 22;

  /** Blocks per piece of the parallel marking (fixed: the outcome never depends on threads). */
  private static final int BLOCKS_PER_PIECE = 16;

  /** Per thread: a cleared bitmap of one block. */
  private static final ThreadLocal<long[]> BITMAP = new ThreadLocal<>();

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
    int n = o.size();
    int blockRows = Math.max(1, Math.min(rows, BLOCK_BITS / cols));
    int blocks = (rows + blockRows - 1) / blockRows;
    MemoryBudget.require(
        MemoryBudget.plus(o.bytes(), MemoryBudget.bytes(n, 4)), "checking " + n + " entries");
    int[] start = new int[blocks + 1];
    for (int k = 0; k < n; k++) {
      start[o.row(k) / blockRows + 1]++;
    }
    for (int b = 0; b < blocks; b++) {
      start[b + 1] += start[b];
    }
    IntChunks local = new IntChunks(n);
    int[] next = Arrays.copyOf(start, blocks);
    for (int k = 0; k < n; k++) {
      int i = o.row(k);
      local.set(next[i / blockRows]++, (i % blockRows) * cols + o.col(k));
    }
    int pieces = (blocks + BLOCKS_PER_PIECE - 1) / BLOCKS_PER_PIECE;
    long[][] marked = new long[pieces][];
    Workers.of(0).run(pieces, piece -> marked[piece] = mark(local, start, piece, blockRows, cols));
    Set<Long> repeated = new HashSet<>();
    for (long[] m : marked) {
      for (long pos : m) {
        repeated.add(pos);
      }
    }
    return repeated.isEmpty() ? o : resolve(o, cols, repeated);
  }

  /** The global positions marked twice within the blocks of one piece. */
  private static long[] mark(IntChunks local, int[] start, int piece, int blockRows, int cols) {
    long[] bits = BITMAP.get();
    if (bits == null) {
      bits = new long[BLOCK_BITS / 64 + 1];
      BITMAP.set(bits);
    }
    long[] found = new long[0];
    int count = 0;
    int lo = piece * BLOCKS_PER_PIECE;
    int hi = Math.min(start.length - 1, lo + BLOCKS_PER_PIECE);
    for (int b = lo; b < hi; b++) {
      for (int p = start[b]; p < start[b + 1]; p++) {
        int pos = local.get(p);
        long bit = 1L << pos;
        if ((bits[pos >>> 6] & bit) != 0) {
          if (count == found.length) {
            found = Arrays.copyOf(found, Math.max(8, 2 * count));
          }
          found[count++] = (long) b * blockRows * cols + pos;
        }
        bits[pos >>> 6] |= bit;
      }
      for (int p = start[b]; p < start[b + 1]; p++) {
        bits[local.get(p) >>> 6] = 0;
      }
    }
    return Arrays.copyOf(found, count);
  }

  /** Keeps the first entry of each repeated position; refuses repeats with other values. */
  private static Observations resolve(Observations o, int cols, Set<Long> repeated) {
    int n = o.size();
    Map<Long, Integer> first = new HashMap<>();
    BitSet drop = new BitSet();
    for (int k = 0; k < n; k++) {
      long pos = (long) o.row(k) * cols + o.col(k);
      if (!repeated.contains(pos)) {
        continue;
      }
      Integer f = first.putIfAbsent(pos, k);
      if (f != null) {
        if (Double.compare(o.value(f), o.value(k)) != 0) {
          throw conflict(o, f, k);
        }
        drop.set(k);
      }
    }
    int[] keep = new int[n - drop.cardinality()];
    for (int k = 0, u = 0; k < n; k++) {
      if (!drop.get(k)) {
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
}
