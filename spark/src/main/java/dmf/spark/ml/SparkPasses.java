package dmf.spark.ml;

import dmf.base.UserInputException;
import dmf.deep.PassFactory;
import dmf.deep.SparsePass;
import dmf.linalg.Ops;
import dmf.linalg.Precision;
import dmf.problem.CompletionProblem;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.storage.StorageLevel;

/**
 * Supplies the core's training loop with passes over Ω that run on Spark ({@link SparkPass}). For
 * each training run, the driver broadcasts the entries once; each task cuts out one block (a range
 * of columns, or of rows, of about equal entry counts) and the blocks stay cached on the executors
 * for the whole run. The broadcast's copies on the executors are dropped once the blocks are built
 * (the driver keeps it, so that Spark can rebuild a block lost with its executor). Close it to
 * release everything.
 */
public final class SparkPasses implements PassFactory, AutoCloseable {
  /** Bytes of the other side's vectors that a block reads per tile (about a core's L2 cache). */
  static final int TILE_BYTES = 1 << 20;

  private final JavaSparkContext sc;
  private final int perSide;
  private final List<JavaRDD<EntryBlock>> cached = new ArrayList<>();
  private final List<Broadcast<?>> shipped = new ArrayList<>();

  /**
   * @param sc the context
   * @param perSide blocks per side (column blocks and row blocks each), or 0 for the context's
   *     default parallelism
   */
  public SparkPasses(JavaSparkContext sc, int perSide) {
    if (perSide < 0) {
      throw new IllegalArgumentException("negative block count " + perSide);
    }
    this.sc = sc;
    this.perSide = perSide;
  }

  @Override
  public <B> SparsePass<B> create(Ops<B> ops, CompletionProblem p, int h) {
    requireGatherable(
        (long) h * (p.rows() + p.cols()) * (ops.precision() == Precision.FLOAT32 ? 4 : 8),
        sc.getConf().getSizeAsBytes("spark.driver.maxResultSize", "1g"));
    int want = perSide > 0 ? perSide : sc.defaultParallelism();
    int[] colCut = cut(p.colIdx(), p.cols(), Math.min(want, p.cols()));
    int[] rowCut = cut(p.rowIdx(), p.rows(), Math.min(want, p.rows()));
    int nc = colCut.length - 1;
    int count = nc + rowCut.length - 1;
    Broadcast<Object[]> omega =
        sc.broadcast(new Object[] {p.rowIdx(), p.colIdx(), p.values(), colCut, rowCut});
    shipped.add(omega);
    int rows = p.rows();
    int cols = p.cols();
    int tile = Math.max(16, TILE_BYTES / (h * (ops.precision() == Precision.FLOAT32 ? 4 : 8)));
    List<Integer> ids = new ArrayList<>();
    for (int k = 0; k < count; k++) {
      ids.add(k);
    }
    JavaRDD<EntryBlock> blocks =
        sc.parallelize(ids, count)
            .map(k -> build(k, nc, omega.value(), rows, cols, tile))
            .persist(StorageLevel.MEMORY_AND_DISK());
    blocks.setName("dmf: Ω in " + nc + " column and " + (count - nc) + " row blocks");
    cached.add(blocks);
    long entries = blocks.map(b -> (long) b.size()).reduce(Long::sum);
    if (entries != 2L * p.observationCount()) {
      throw new IllegalStateException(entries + " entries in the blocks of " + p);
    }
    omega.unpersist(false);
    return new SparkPass<>(sc, blocks, count, ops.precision(), h, p.observationCount());
  }

  /**
   * @param gathered bytes of gradient columns gathered on the driver per evaluation
   * @param limit spark.driver.maxResultSize in bytes (0 = no limit)
   * @throws UserInputException when Spark would refuse them, naming the setting to raise
   */
  static void requireGatherable(long gathered, long limit) {
    if (limit > 0 && gathered > limit) {
      throw new UserInputException(
          "each iteration gathers "
              + gathered
              + " bytes of gradient columns on the driver, more than spark.driver.maxResultSize ("
              + limit
              + " bytes); raise it, e.g. --conf spark.driver.maxResultSize="
              + (gathered / (1L << 30) + 2)
              + "g");
    }
  }

  private static EntryBlock build(int k, int nc, Object[] omega, int rows, int cols, int tile) {
    boolean byColumns = k < nc;
    int[] cut = (int[]) omega[byColumns ? 3 : 4];
    int j = byColumns ? k : k - nc;
    return EntryBlock.of(
        k,
        byColumns,
        cut[j],
        cut[j + 1],
        (int[]) omega[0],
        (int[]) omega[1],
        (double[]) omega[2],
        byColumns ? rows : cols,
        tile);
  }

  /**
   * Cuts 0..size−1 into contiguous ranges of about equal entry counts.
   *
   * @param idx the index of each entry (Input, not modified)
   * @param size the number of indices
   * @param parts how many ranges, 1 ≤ parts ≤ size
   * @return the range boundaries: parts + 1 values from 0 to size, strictly increasing
   */
  static int[] cut(int[] idx, int size, int parts) {
    long[] per = new long[size];
    for (int i : idx) {
      per[i]++;
    }
    int[] bounds = new int[parts + 1];
    long seen = 0;
    int s = 0;
    for (int i = 0; i < size && s < parts - 1; i++) {
      seen += per[i];
      // close range s after index i once it holds its share, leaving an index for each later range
      if (seen * parts >= (long) idx.length * (s + 1) || size - (i + 1) == parts - 1 - s) {
        bounds[++s] = i + 1;
      }
    }
    bounds[parts] = size;
    return bounds;
  }

  @Override
  public void close() {
    cached.forEach(JavaRDD::unpersist);
    shipped.forEach(Broadcast::destroy);
    cached.clear();
    shipped.clear();
  }
}
