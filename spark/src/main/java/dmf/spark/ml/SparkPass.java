package dmf.spark.ml;

import dmf.deep.SparsePass;
import dmf.linalg.Precision;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;

/**
 * The pass over Ω on Spark, data-parallel and full-batch: the residual entries sit in cached
 * partitions ({@link EntryBlock}, each column block and each row block one partition); each
 * evaluation broadcasts T_2 and W_1, every block computes its owned gradient columns with the
 * core's serial kernel, and a tree aggregation gathers them for the driver, where the core's
 * training loop takes the optimizer step.
 *
 * @param <B> the buffer type
 */
final class SparkPass<B> implements SparsePass<B> {
  private final JavaSparkContext sc;
  private final JavaRDD<EntryBlock> blocks;
  private final int count;
  private final Precision precision;
  private final int h;
  private final long n;

  /**
   * @param sc the context
   * @param blocks the cached blocks, one a partition
   * @param count how many blocks there are
   * @param precision the training loop's precision
   * @param h the hidden width
   * @param n |Ω|
   */
  SparkPass(
      JavaSparkContext sc,
      JavaRDD<EntryBlock> blocks,
      int count,
      Precision precision,
      int h,
      long n) {
    this.sc = sc;
    this.blocks = blocks;
    this.count = count;
    this.precision = precision;
    this.h = h;
    this.n = n;
  }

  @Override
  public double run(B t2, B w1, B gradW1, B z1) {
    Broadcast<Object[]> factors = sc.broadcast(new Object[] {t2, w1});
    try {
      PassParts parts = gather(blocks, factors, precision, h, n, gradW1 != null);
      return parts.unpack(h, gradW1, z1, count) / n;
    } finally {
      factors.destroy();
    }
  }

  /** A static method, so that the closures capture no driver state but what they need. */
  private static PassParts gather(
      JavaRDD<EntryBlock> blocks,
      Broadcast<Object[]> factors,
      Precision precision,
      int h,
      long n,
      boolean grads) {
    return blocks.treeAggregate(
        PassParts.EMPTY,
        (acc, block) -> {
          Object[] f = factors.value();
          return acc.plus(block.run(precision, h, n, f[0], f[1], grads));
        },
        PassParts::merge,
        2);
  }
}
