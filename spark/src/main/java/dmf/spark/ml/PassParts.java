package dmf.spark.ml;

import java.io.Serializable;
import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What the blocks of one evaluation send back, gathered by a tree aggregation: each block's owned
 * gradient columns and loss. The blocks own disjoint columns, so gathering only collects (no value
 * is added to another), and the result does not depend on the order in which the parts arrive.
 *
 * @param parts the parts gathered so far
 */
record PassParts(List<Part> parts) implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Nothing gathered yet: the aggregation's zero (small, since Spark ships it with each task). */
  static final PassParts EMPTY = new PassParts(List.of());

  /**
   * One block's share.
   *
   * @param index the block's number
   * @param byColumns whether {@code slice} holds columns of ∇W_1 (else columns of Z_1)
   * @param lo the first index held
   * @param slice the gradient columns, h per index (float[] or double[]), or null for none
   * @param loss the block's Σe² (0 for a row block)
   */
  record Part(int index, boolean byColumns, int lo, Object slice, double loss)
      implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  /**
   * @param p one more part
   * @return these parts and p
   */
  PassParts plus(Part p) {
    List<Part> all = new ArrayList<>(parts);
    all.add(p);
    return new PassParts(all);
  }

  /**
   * @param a some parts
   * @param b other parts
   * @return all of them
   */
  static PassParts merge(PassParts a, PassParts b) {
    List<Part> all = new ArrayList<>(a.parts);
    all.addAll(b.parts);
    return new PassParts(all);
  }

  /**
   * Writes the parts into the whole gradients and sums the loss in block order, so that the result
   * is the same whatever the order the parts came in.
   *
   * @param h the hidden width
   * @param gradW1 receives ∇W_1 (h×cols), or null for the loss only
   * @param z1 receives Z_1 (h×rows), or null
   * @param blocks the number of blocks that must have answered
   * @return Σe² over Ω
   */
  double unpack(int h, Object gradW1, Object z1, int blocks) {
    if (parts.size() != blocks) {
      throw new IllegalStateException(parts.size() + " parts for " + blocks + " blocks");
    }
    List<Part> sorted = new ArrayList<>(parts);
    sorted.sort(Comparator.comparingInt(Part::index));
    double loss = 0;
    for (Part p : sorted) {
      loss += p.loss();
      Object to = p.byColumns() ? gradW1 : z1;
      if (to != null && p.slice() != null) {
        int len = Array.getLength(p.slice());
        System.arraycopy(p.slice(), 0, to, p.lo() * h, len);
      }
    }
    return loss;
  }
}
