package dmf.problem;

import dmf.base.MemoryBudget;

/**
 * The observed entries Ω = {(i_k, j_k, b_k)} of a completion problem, at any size up to 2^31 − 1
 * entries: row and column indices as int, values as float32 or float64 (as the source gave them: a
 * float32 file loses nothing when held in float32), in chunks of at most 2^30 entries because a
 * Java array holds fewer than 2^31.
 *
 * <p>Memory: 8 bytes of indices plus 4 or 8 bytes of value per entry, nothing per row or column.
 * Immutable once built: the arrays are owned, never handed out for writing.
 */
public final class Observations {
  /** Entries per chunk. */
  public static final int CHUNK = 1 << 30;

  private static final int SHIFT = 30;
  private static final int MASK = CHUNK - 1;

  private final int size;
  private final int[][] r;
  private final int[][] c;
  private final float[][] f;
  private final double[][] d;

  private Observations(int size, int[][] r, int[][] c, float[][] f, double[][] d) {
    this.size = size;
    this.r = r;
    this.c = c;
    this.f = f;
    this.d = d;
  }

  /**
   * Wraps arrays of one chunk (not copied: the caller gives them up).
   *
   * @param rows row index of each entry
   * @param cols column index of each entry
   * @param values values
   * @return the entries, float64
   */
  public static Observations wrap(int[] rows, int[] cols, double[] values) {
    checkLengths(rows.length, cols.length, values.length);
    return new Observations(
        rows.length, new int[][] {rows}, new int[][] {cols}, null, new double[][] {values});
  }

  /**
   * Wraps arrays of one chunk (not copied: the caller gives them up).
   *
   * @param rows row index of each entry
   * @param cols column index of each entry
   * @param values values
   * @return the entries, float32
   */
  public static Observations wrap(int[] rows, int[] cols, float[] values) {
    checkLengths(rows.length, cols.length, values.length);
    return new Observations(
        rows.length, new int[][] {rows}, new int[][] {cols}, new float[][] {values}, null);
  }

  /**
   * Allocates zeroed storage for entries to be filled by a loader (after a memory check).
   *
   * @param size the number of entries, at most 2^31 − 1
   * @param float32 store values in float32
   * @return a builder that fills them
   */
  public static Builder builder(long size, boolean float32) {
    if (size < 0 || size > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("|Ω| must be in [0, 2^31 − 1], got " + size);
    }
    MemoryBudget.require(bytesFor(size, float32), size + " observed entries");
    int n = (int) size;
    int chunks = Math.max(1, (int) ((size + CHUNK - 1) / CHUNK));
    int[][] r = new int[chunks][];
    int[][] c = new int[chunks][];
    float[][] f = float32 ? new float[chunks][] : null;
    double[][] d = float32 ? null : new double[chunks][];
    for (int t = 0; t < chunks; t++) {
      int len = (int) Math.min(CHUNK, size - (long) t * CHUNK);
      r[t] = new int[len];
      c[t] = new int[len];
      if (float32) {
        f[t] = new float[len];
      } else {
        d[t] = new double[len];
      }
    }
    return new Builder(new Observations(n, r, c, f, d));
  }

  /**
   * @param size entries
   * @param float32 whether values are float32
   * @return the bytes the entries take
   */
  public static long bytesFor(long size, boolean float32) {
    return MemoryBudget.bytes(size, float32 ? 12 : 16);
  }

  private static void checkLengths(int rows, int cols, int values) {
    if (rows != cols || rows != values) {
      throw new IllegalArgumentException(
          "observation arrays differ in length: rows "
              + rows
              + ", cols "
              + cols
              + ", values "
              + values);
    }
  }

  /**
   * @return |Ω|
   */
  public int size() {
    return size;
  }

  /**
   * @return whether the values are held in float32
   */
  public boolean isFloat32() {
    return f != null;
  }

  /**
   * @return the bytes held
   */
  public long bytes() {
    return bytesFor(size, isFloat32());
  }

  /**
   * @param k entry index
   * @return i_k
   */
  public int row(int k) {
    return r[k >>> SHIFT][k & MASK];
  }

  /**
   * @param k entry index
   * @return j_k
   */
  public int col(int k) {
    return c[k >>> SHIFT][k & MASK];
  }

  /**
   * @param k entry index
   * @return b_k (widened to double when held in float32)
   */
  public double value(int k) {
    return f != null ? f[k >>> SHIFT][k & MASK] : d[k >>> SHIFT][k & MASK];
  }

  /**
   * @param keep the entries to keep, ascending
   * @return a copy with only those entries, in the same precision
   */
  public Observations select(int[] keep) {
    Builder b = builder(keep.length, isFloat32());
    for (int t = 0; t < keep.length; t++) {
      b.set(t, row(keep[t]), col(keep[t]), value(keep[t]));
    }
    return b.build();
  }

  /**
   * @return the row indices as one array (only below 2^31 − 8 entries)
   */
  int[] rowArray() {
    return single(r);
  }

  /**
   * @return the column indices as one array (only below 2^31 − 8 entries)
   */
  int[] colArray() {
    return single(c);
  }

  /**
   * @return the values as one float64 array (only below 2^31 − 8 entries)
   */
  double[] valueArray() {
    if (d != null && d.length == 1) {
      return d[0];
    }
    double[] out = new double[checkSingle()];
    for (int k = 0; k < out.length; k++) {
      out[k] = value(k);
    }
    return out;
  }

  private int[] single(int[][] a) {
    if (a.length == 1) {
      return a[0];
    }
    int[] out = new int[checkSingle()];
    for (int t = 0, o = 0; t < a.length; o += a[t].length, t++) {
      System.arraycopy(a[t], 0, out, o, a[t].length);
    }
    return out;
  }

  private int checkSingle() {
    if (size > Integer.MAX_VALUE - 8) {
      throw new IllegalStateException(
          size + " observed entries do not fit in one Java array; read them entry by entry");
    }
    return size;
  }

  /** Fills the entries of {@link #builder}; each index is set once. */
  public static final class Builder {
    private Observations o;

    private Builder(Observations o) {
      this.o = o;
    }

    /**
     * @param k entry index
     * @param row i_k
     * @param col j_k
     * @param value b_k (rounded to float32 when held so)
     */
    public void set(int k, int row, int col, double value) {
      int t = k >>> SHIFT;
      int i = k & MASK;
      o.r[t][i] = row;
      o.c[t][i] = col;
      if (o.f != null) {
        o.f[t][i] = (float) value;
      } else {
        o.d[t][i] = value;
      }
    }

    /**
     * @param chunk a chunk index
     * @return that chunk's row indices, for a bulk reader to fill
     */
    public int[] rows(int chunk) {
      return o.r[chunk];
    }

    /**
     * @param chunk a chunk index
     * @return that chunk's column indices, for a bulk reader to fill
     */
    public int[] cols(int chunk) {
      return o.c[chunk];
    }

    /**
     * @param chunk a chunk index
     * @return that chunk's float32 values, for a bulk reader to fill (float32 storage only)
     */
    public float[] floats(int chunk) {
      return o.f[chunk];
    }

    /**
     * @param chunk a chunk index
     * @return that chunk's float64 values, for a bulk reader to fill (float64 storage only)
     */
    public double[] doubles(int chunk) {
      return o.d[chunk];
    }

    /**
     * @return the filled entries; the builder may not be used again
     */
    public Observations build() {
      Observations out = o;
      o = null;
      return out;
    }
  }
}
