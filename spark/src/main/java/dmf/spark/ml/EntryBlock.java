package dmf.spark.ml;

import dmf.deep.SerialKernel;
import dmf.linalg.Ops;
import dmf.linalg.Precision;
import java.io.Serializable;

/**
 * One partition of the distributed pass over Ω: every entry of a range of columns (a column block,
 * which owns those columns of ∇W_1 and computes the loss) or of a range of rows (a row block, which
 * owns those rows' columns of Z_1), in the serial pass's order for its side: a column block by
 * column, then row; a row block by row, then column. So each gradient column comes out bit for bit
 * as the core's serial pass makes it ({@link SerialKernel}), while the other side is read one
 * cache-sized tile at a time.
 */
final class EntryBlock implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The block's number: column blocks first, then row blocks. */
  final int index;

  /** Whether the block owns a range of columns (else of rows). */
  final boolean byColumns;

  /** The first index of the owned range. */
  final int lo;

  /** One past the last index of the owned range. */
  final int hi;

  private final int[] r;
  private final int[] c;
  private final double[] b;

  private EntryBlock(int index, boolean byColumns, int lo, int hi, int[] r, int[] c, double[] b) {
    this.index = index;
    this.byColumns = byColumns;
    this.lo = lo;
    this.hi = hi;
    this.r = r;
    this.c = c;
    this.b = b;
  }

  /**
   * Picks the block's entries out of all of Ω and orders them by (tile of the other side's index,
   * owned index, other index), with three stable counting sorts. Each owned gradient column then
   * sums its entries in the other index's order, as the serial pass does, while the other side's
   * vectors are read one cache-sized tile at a time.
   *
   * @param index the block's number
   * @param byColumns whether it owns columns
   * @param lo first owned index
   * @param hi one past the last owned index
   * @param rows row of each entry of Ω (Input, not modified)
   * @param cols column of each entry of Ω (Input, not modified)
   * @param values target of each entry of Ω (Input, not modified)
   * @param otherSize rows (for a column block) or columns (for a row block)
   * @param tile indices of the other side per tile
   * @return the block
   */
  static EntryBlock of(
      int index,
      boolean byColumns,
      int lo,
      int hi,
      int[] rows,
      int[] cols,
      double[] values,
      int otherSize,
      int tile) {
    int[] own = byColumns ? cols : rows;
    int[] other = byColumns ? rows : cols;
    int count = 0;
    for (int s = 0; s < own.length; s++) {
      count += own[s] >= lo && own[s] < hi ? 1 : 0;
    }
    int[] mine = new int[count];
    for (int s = 0, w = 0; s < own.length; s++) {
      if (own[s] >= lo && own[s] < hi) {
        mine[w++] = s;
      }
    }
    mine = sortBy(mine, other, 0, 1, otherSize);
    mine = sortBy(mine, own, lo, 1, hi - lo);
    mine = sortBy(mine, other, 0, tile, (otherSize + tile - 1) / tile);
    int[] r = new int[count];
    int[] c = new int[count];
    double[] b = new double[count];
    for (int k = 0; k < count; k++) {
      r[k] = rows[mine[k]];
      c[k] = cols[mine[k]];
      b[k] = values[mine[k]];
    }
    return new EntryBlock(index, byColumns, lo, hi, r, c, b);
  }

  /** A stable counting sort of positions by (key[s] − base) / div, which lies in [0, buckets). */
  private static int[] sortBy(int[] pos, int[] key, int base, int div, int buckets) {
    int[] start = new int[buckets + 1];
    for (int s : pos) {
      start[(key[s] - base) / div + 1]++;
    }
    for (int j = 0; j < buckets; j++) {
      start[j + 1] += start[j];
    }
    int[] out = new int[pos.length];
    for (int s : pos) {
      out[start[(key[s] - base) / div]++] = s;
    }
    return out;
  }

  /**
   * @return the number of entries
   */
  int size() {
    return b.length;
  }

  /**
   * The block's share of one evaluation.
   *
   * @param precision the training loop's precision
   * @param h the hidden width
   * @param n |Ω|
   * @param t2 T_2, h×rows (Input)
   * @param w1 W_1, h×cols (Input)
   * @param grads whether gradients are wanted (else the loss only)
   * @return the block's part: its loss (column blocks) and its owned gradient columns
   */
  PassParts.Part run(Precision precision, int h, long n, Object t2, Object w1, boolean grads) {
    if (!grads && !byColumns) {
      return new PassParts.Part(index, false, lo, null, 0);
    }
    @SuppressWarnings("unchecked")
    Ops<Object> ops = (Ops<Object>) precision.ops();
    Object out = grads ? ops.alloc((hi - lo) * h) : null;
    double loss =
        SerialKernel.pass(
            ops,
            h,
            t2,
            w1,
            r,
            c,
            b,
            0,
            b.length,
            n,
            byColumns ? out : null,
            lo,
            byColumns ? null : out,
            lo);
    return new PassParts.Part(index, byColumns, lo, out, byColumns ? loss : 0);
  }
}
