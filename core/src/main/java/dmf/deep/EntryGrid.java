package dmf.deep;

import dmf.base.IntChunks;
import dmf.base.Workers;
import dmf.linalg.Ops;
import dmf.linalg.Precision;
import dmf.problem.Observations;
import java.util.Arrays;

/**
 * Ω laid out for a parallel, cache-friendly pass, built in O(|Ω|) by counting sorts.
 *
 * <p>One side of the matrix (the longer one, "A") is cut into segments of about equal entry counts;
 * the other side ("B") into blocks of {@code blockWidth} indices, so that the B-side vectors and
 * gradients of one block fit in a core's L2 cache. A segment holds its entries grouped by block,
 * within a block by A index ascending: a run of entries with the same A index (a "pair") reads its
 * A-side vector once, and the A-side vectors stream in ascending order through each block.
 *
 * <p>A segment owns its A-side gradient rows outright; its B-side gradient goes to a partial buffer
 * of its own, summed in segment order afterwards. The cut depends on the data and the precision
 * only, never on the thread count.
 *
 * <p>Memory: 4 bytes of B index and 4 or 8 of value per entry, 8 per pair, plus while building 4
 * per entry of permutation.
 *
 * @param <B> the buffer type
 */
final class EntryGrid<B> {
  /** Bytes of the B-side block that should stay in cache (vectors and gradients). */
  static final int BLOCK_BYTES = 1 << 20;

  /** At most this many segments. */
  static final int MAX_SEGMENTS = 16;

  final boolean byRows;
  final int aDim;
  final int bDim;
  final int segments;
  final int[] aStart;
  final int[][] pairA;
  final int[][] pairEnd;
  final int[][] bIdx;
  final Object[] values;

  private EntryGrid(boolean byRows, int aDim, int bDim, int segments) {
    this.byRows = byRows;
    this.aDim = aDim;
    this.bDim = bDim;
    this.segments = segments;
    this.aStart = new int[segments + 1];
    this.pairA = new int[segments][];
    this.pairEnd = new int[segments][];
    this.bIdx = new int[segments][];
    this.values = new Object[segments];
  }

  /**
   * @param n entries
   * @param bDim length of the B side
   * @param h hidden width d_1
   * @param bytes bytes per value of the precision
   * @return the number of segments: at least one per 2^30 entries, at most {@link #MAX_SEGMENTS},
   *     about one per 2^18 entries, and few enough that the partial B-side gradients take no more
   *     than the layout itself plus 64 MiB
   */
  static int segmentsFor(int n, int bDim, int h, int bytes) {
    long partial = Math.max(1L, (long) bDim * h * bytes);
    long byMemory = ((long) n * (4 + bytes) + (64L << 20)) / partial;
    long s = Math.min(MAX_SEGMENTS, Math.min(n >> 18, byMemory));
    return (int) Math.max((n + (1L << 30) - 1) >> 30, Math.max(1, s));
  }

  /**
   * @param h hidden width d_1
   * @param bytes bytes per value
   * @return B indices per block
   */
  static int blockWidth(int h, int bytes) {
    return Math.max(16, BLOCK_BYTES / (2 * h * bytes));
  }

  /**
   * @return the bytes a grid of these sizes holds (an upper bound: one pair per entry)
   */
  static long bytes(long n, int bytes) {
    return n * (4 + bytes) + n * 8;
  }

  /**
   * Builds the layout with the default cut ({@link #segmentsFor}, {@link #blockWidth}).
   *
   * @param ops the precision of the values
   * @param rows rows of W
   * @param cols columns of W
   * @param h hidden width d_1
   * @param o the entries (Input, not modified)
   * @param workers threads that build segments in parallel
   * @return the grid
   */
  static <B> EntryGrid<B> build(
      Ops<B> ops, int rows, int cols, int h, Observations o, Workers workers) {
    int bytes = ops.precision() == Precision.FLOAT32 ? 4 : 8;
    int bDim = Math.min(rows, cols);
    return build(
        ops, rows, cols, o, segmentsFor(o.size(), bDim, h, bytes), blockWidth(h, bytes), workers);
  }

  /**
   * Builds the layout with a given cut.
   *
   * @param ops the precision of the values
   * @param rows rows of W
   * @param cols columns of W
   * @param o the entries (Input, not modified)
   * @param segments segments of the A side
   * @param width B indices per block
   * @param workers threads that build segments in parallel
   * @return the grid
   */
  static <B> EntryGrid<B> build(
      Ops<B> ops, int rows, int cols, Observations o, int segments, int width, Workers workers) {
    boolean byRows = cols <= rows;
    int aDim = byRows ? rows : cols;
    int bDim = byRows ? cols : rows;
    int n = o.size();
    EntryGrid<B> g = new EntryGrid<>(byRows, aDim, bDim, segments);
    int[] start = new int[aDim + 1];
    for (int k = 0; k < n; k++) {
      start[g.a(o, k) + 1]++;
    }
    for (int a = 0; a < aDim; a++) {
      start[a + 1] += start[a];
    }
    IntChunks perm = new IntChunks(n);
    int[] next = new int[aDim];
    System.arraycopy(start, 0, next, 0, aDim);
    for (int k = 0; k < n; k++) {
      perm.set(next[g.a(o, k)]++, k);
    }
    for (int s = 1, a = 0; s < g.segments; s++) {
      long target = (long) n * s / g.segments;
      while (a < aDim && start[a] < target) {
        a++;
      }
      g.aStart[s] = a;
    }
    g.aStart[g.segments] = aDim;
    workers.run(g.segments, s -> g.fill(ops, o, perm, start, s, width));
    return g;
  }

  private int a(Observations o, int k) {
    return byRows ? o.row(k) : o.col(k);
  }

  private int b(Observations o, int k) {
    return byRows ? o.col(k) : o.row(k);
  }

  /** Lays out segment s: entries by block (stable), pairs where the A index changes. */
  private void fill(Ops<B> ops, Observations o, IntChunks perm, int[] start, int s, int width) {
    int lo = start[aStart[s]];
    int hi = start[aStart[s + 1]];
    int blocks = (bDim + width - 1) / width;
    int[] entryAt = new int[blocks + 1];
    int[] pairAt = new int[blocks + 1];
    int[] lastA = new int[blocks];
    Arrays.fill(lastA, -1);
    for (int p = lo; p < hi; p++) {
      int k = perm.get(p);
      int blk = b(o, k) / width;
      entryAt[blk + 1]++;
      if (lastA[blk] != a(o, k)) {
        lastA[blk] = a(o, k);
        pairAt[blk + 1]++;
      }
    }
    for (int blk = 0; blk < blocks; blk++) {
      entryAt[blk + 1] += entryAt[blk];
      pairAt[blk + 1] += pairAt[blk];
    }
    int[] ids = new int[hi - lo];
    B vals = ops.alloc(hi - lo);
    int[] pa = new int[pairAt[blocks]];
    int[] pe = new int[pairAt[blocks]];
    Arrays.fill(lastA, -1);
    int[] cur = new int[blocks];
    for (int p = lo; p < hi; p++) {
      int k = perm.get(p);
      int blk = b(o, k) / width;
      int pos = entryAt[blk]++;
      ids[pos] = b(o, k);
      ops.set(vals, pos, o.value(k));
      if (lastA[blk] != a(o, k)) {
        lastA[blk] = a(o, k);
        cur[blk] = pairAt[blk]++;
        pa[cur[blk]] = lastA[blk];
      }
      pe[cur[blk]] = pos + 1;
    }
    pairA[s] = pa;
    pairEnd[s] = pe;
    bIdx[s] = ids;
    values[s] = vals;
  }

  @SuppressWarnings("unchecked")
  B values(int s) {
    return (B) values[s];
  }
}
