package dmf.deep;

import dmf.base.Workers;
import dmf.linalg.Ops;
import dmf.problem.Observations;

/**
 * The pass over Ω on all cores, over an {@link EntryGrid}: each segment is one task that owns its
 * A-side gradient rows and adds its B-side gradient into a partial buffer of its own; the partials
 * are then added in segment order, in parallel over fixed pieces, and zeroed as they are read.
 * Every sum runs in an order fixed by the grid, so the result is bitwise the same for any thread
 * count.
 *
 * @param <B> the buffer type
 */
final class BlockedPass<B> implements SparsePass<B> {
  /** Elements per piece of the partial-gradient reduction. */
  private static final int REDUCE_PIECE = 1 << 16;

  private final Ops<B> ops;
  private final int h;
  private final int n;
  private final EntryGrid<B> grid;
  private final Workers workers;
  private final Object[] partial;

  BlockedPass(Ops<B> ops, int rows, int cols, int h, Observations o, Workers workers) {
    this(ops, h, o.size(), EntryGrid.build(ops, rows, cols, h, o, workers), workers);
  }

  /** A pass over a given grid (tests choose the cut). */
  BlockedPass(Ops<B> ops, int h, int n, EntryGrid<B> grid, Workers workers) {
    this.ops = ops;
    this.h = h;
    this.n = n;
    this.workers = workers;
    this.grid = grid;
    this.partial = new Object[grid.segments];
    if (grid.segments > 1) {
      for (int s = 0; s < grid.segments; s++) {
        partial[s] = ops.alloc(grid.bDim * h); // zero; the reduction zeroes them again
      }
    }
  }

  /**
   * @return the number of segments (tasks) of the pass
   */
  int segments() {
    return grid.segments;
  }

  @SuppressWarnings("unchecked")
  private B partial(int s) {
    return (B) partial[s];
  }

  @Override
  public double run(B t2, B w1, B gradW1, B z1) {
    boolean grads = gradW1 != null;
    B xa = grid.byRows ? t2 : w1;
    B yb = grid.byRows ? w1 : t2;
    B ga = grid.byRows ? z1 : gradW1;
    B gb = grid.byRows ? gradW1 : z1;
    double scale = 2.0 / n;
    double[] loss = new double[grid.segments];
    if (grads) {
      ops.zero(ga, grid.aDim * h);
    }
    workers.run(
        grid.segments,
        s -> {
          B part = grid.segments == 1 ? gb : partial(s);
          if (grads && grid.segments == 1) {
            ops.zero(part, grid.bDim * h);
          }
          loss[s] = segment(s, xa, yb, grads ? ga : null, part, scale);
        });
    if (grads && grid.segments > 1) {
      reduce(gb);
    }
    double sum = 0;
    for (double l : loss) {
      sum += l;
    }
    return sum / n;
  }

  /** The entries of one segment, pair by pair; returns Σ e². */
  private double segment(int s, B xa, B yb, B ga, B gb, double scale) {
    int[] pa = grid.pairA[s];
    int[] pe = grid.pairEnd[s];
    int[] ids = grid.bIdx[s];
    B vals = grid.values(s);
    double loss = 0;
    for (int q = 0, e = 0; q < pa.length; e = pe[q], q++) {
      loss += ops.residualScatter(h, xa, pa[q] * h, ga, yb, gb, ids, vals, e, pe[q], scale);
    }
    return loss;
  }

  /** gb = Σ_s partial_s in segment order; each partial is zeroed once read, for the next pass. */
  private void reduce(B gb) {
    int len = grid.bDim * h;
    int pieces = (len + REDUCE_PIECE - 1) / REDUCE_PIECE;
    workers.run(
        pieces,
        p -> {
          int lo = p * REDUCE_PIECE;
          int m = Math.min(REDUCE_PIECE, len - lo);
          ops.zero(gb, lo, m);
          for (int s = 0; s < grid.segments; s++) {
            ops.axpy(m, 1.0, partial(s), lo, gb, lo);
            ops.zero(partial(s), lo, m);
          }
        });
  }
}
