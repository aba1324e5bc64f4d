package dmf.deep;

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
 * <p>Memory: 4 bytes of B index and 4 or 8 of value per entry, 8 per pair; while building, as much
 * again plus 4 bytes per entry of temporaries (see {@link #buildBytes}).
 *
 * @param <B> the buffer type
 */
final class EntryGrid<B> {
  /** Bytes of the B-side block that should stay in cache (vectors and gradients). */
  static final int BLOCK_BYTES = 1 << 20;

  /** At most this many segments. */
  static final int MAX_SEGMENTS = 8;

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
   * @return the bytes of the temporaries while building: the entries moved into their cells (A
   *     index, B index, value)
   */
  static long buildBytes(long n, int bytes) {
    return n * (8 + bytes);
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
   * Builds the layout with a given cut, in passes that read in order: the entries are moved into
   * their (segment, block) cells, then each cell is sorted by A index with a counting sort that
   * stays in cache.
   *
   * @param ops the precision of the values
   * @param rows rows of W
   * @param cols columns of W
   * @param o the entries (Input, not modified)
   * @param segments segments of the A side
   * @param width B indices per block
   * @param workers threads that sort segments in parallel
   * @return the grid
   */
  static <B> EntryGrid<B> build(
      Ops<B> ops, int rows, int cols, Observations o, int segments, int width, Workers workers) {
    boolean byRows = cols <= rows;
    int aDim = byRows ? rows : cols;
    int bDim = byRows ? cols : rows;
    int n = o.size();
    EntryGrid<B> g = new EntryGrid<>(byRows, aDim, bDim, segments);
    int[] segOf = g.cut(o);
    int blocks = (bDim + width - 1) / width;
    int[] count = new int[segments * blocks];
    for (int k = 0; k < n; k++) {
      count[segOf[g.a(o, k)] * blocks + g.b(o, k) / width]++;
    }
    int[] cursor = new int[segments * blocks];
    int[][] tempA = new int[segments][];
    Object[] tempV = new Object[segments];
    for (int s = 0; s < segments; s++) {
      int len = 0;
      for (int b = 0; b < blocks; b++) {
        cursor[s * blocks + b] = len;
        len += count[s * blocks + b];
      }
      tempA[s] = new int[len];
      g.bIdx[s] = new int[len];
      tempV[s] = ops.alloc(len);
    }
    for (int k = 0; k < n; k++) {
      int a = g.a(o, k);
      int b = g.b(o, k);
      int s = segOf[a];
      int pos = cursor[s * blocks + b / width]++;
      tempA[s][pos] = a;
      g.bIdx[s][pos] = b;
      ops.set(g.cast(tempV[s]), pos, o.value(k));
    }
    workers.run(
        segments,
        s -> {
          g.sortCells(ops, s, blocks, count, tempA[s], g.cast(tempV[s]));
          tempA[s] = null;
          tempV[s] = null;
        });
    return g;
  }

  private int a(Observations o, int k) {
    return byRows ? o.row(k) : o.col(k);
  }

  private int b(Observations o, int k) {
    return byRows ? o.col(k) : o.row(k);
  }

  /** Cuts the A side into segments of about equal entry counts; returns each A index's segment. */
  private int[] cut(Observations o) {
    int n = o.size();
    int[] perA = new int[aDim];
    for (int k = 0; k < n; k++) {
      perA[a(o, k)]++;
    }
    int[] segOf = new int[aDim];
    long seen = 0;
    int s = 0;
    for (int a = 0; a < aDim; a++) {
      while (s < segments - 1 && seen >= (long) n * (s + 1) / segments) {
        aStart[++s] = a;
      }
      segOf[a] = s;
      seen += perA[a];
    }
    while (s < segments - 1) {
      aStart[++s] = aDim;
    }
    aStart[segments] = aDim;
    return segOf;
  }

  /**
   * Sorts each cell of segment s by A index (a stable counting sort over the segment's A range),
   * writing the final B indices and values, and the pairs.
   */
  private void sortCells(Ops<B> ops, int s, int blocks, int[] count, int[] as, B vs) {
    int[] bs = bIdx[s];
    int len = bs.length;
    int[] ids = new int[len];
    B vals = ops.alloc(len);
    int lo = aStart[s];
    int[] at = new int[aStart[s + 1] - lo + 1];
    int[] pa = new int[16];
    int[] pe = new int[16];
    int pairs = 0;
    int from = 0;
    for (int b = 0; b < blocks; b++) {
      int to = from + count[s * blocks + b];
      for (int e = from; e < to; e++) {
        at[as[e] - lo + 1]++;
      }
      for (int t = 1; t < at.length; t++) {
        at[t] += at[t - 1];
      }
      for (int e = from; e < to; e++) {
        int pos = from + at[as[e] - lo]++;
        ids[pos] = bs[e];
        ops.set(vals, pos, ops.get(vs, e));
      }
      // Now at[x] ends the entries of local A index x: each non-empty run is one pair.
      for (int x = 0, prev = 0; x < at.length - 1; x++) {
        if (at[x] > prev) {
          if (pairs == pa.length) {
            pa = Arrays.copyOf(pa, 2 * pairs);
            pe = Arrays.copyOf(pe, 2 * pairs);
          }
          pa[pairs] = lo + x;
          pe[pairs++] = from + at[x];
          prev = at[x];
        }
      }
      Arrays.fill(at, 0);
      from = to;
    }
    bIdx[s] = ids;
    values[s] = vals;
    pairA[s] = Arrays.copyOf(pa, pairs);
    pairEnd[s] = Arrays.copyOf(pe, pairs);
  }

  @SuppressWarnings("unchecked")
  private <T> T cast(Object x) {
    return (T) x;
  }

  @SuppressWarnings("unchecked")
  B values(int s) {
    return (B) values[s];
  }
}
