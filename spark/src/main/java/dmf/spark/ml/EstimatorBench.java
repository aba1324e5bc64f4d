package dmf.spark.ml;

import dmf.base.ProgressListener;
import dmf.base.UserInputException;
import dmf.bench.ProcStatus;
import dmf.io.data.IdIndex;
import dmf.io.data.Instances;
import dmf.io.data.RatingsTable;
import dmf.io.data.ReadCounts;
import dmf.linalg.Precision;
import dmf.problem.CompletionProblem;
import dmf.problem.Problem;
import dmf.ratings.ColdStart;
import dmf.ratings.DeepEstimator;
import dmf.ratings.FitInput;
import dmf.ratings.FitSummary;
import dmf.ratings.RatingModel;
import dmf.ratings.RatingRange;
import dmf.ratings.Split;
import dmf.ratings.Splits;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Seconds per iteration of the deep factorization for ratings on one large instance folder (for
 * example the MovieLens-25M-shaped one of {@code gen_ratings.py}), trained by the Spark estimator's
 * path ({@link SparkDeepEstimator}) or by the core's single-machine estimator ({@link
 * DeepEstimator}, the engine of {@code dmf fit}) on the same fit input: the instance's entries as
 * ratings (ids 0..rows−1 and 0..cols−1), a random validation part, the biases, then a fixed number
 * of full-batch iterations. The iterations are timed between the first and the last validation
 * check (the set-up before them: offsets and the layout or distribution of Ω).
 *
 * @param instance the instance folder
 * @param depth depth N
 * @param width hidden width
 * @param precision training precision
 * @param iterations timed iterations
 * @param validationFraction the validation share (as {@code dmf fit}'s default, 0.05)
 */
public record EstimatorBench(
    Path instance,
    int depth,
    int width,
    Precision precision,
    int iterations,
    double validationFraction) {

  /**
   * Trains on the instance read by the driver: the single-machine engine, or the Spark estimator's
   * path ({@link SparkDeepEstimator}) on the same fit input.
   *
   * @param sc the Spark context, or null for the single-machine engine
   * @param blocks partitions of Ω per side on Spark (0 = default parallelism)
   * @return the figures by name
   */
  public Map<String, Object> run(JavaSparkContext sc, int blocks) {
    long t0 = System.nanoTime();
    CompletionProblem c = readInstance();
    FitInput in = input(c, validationFraction);
    double load = (System.nanoTime() - t0) * 1e-9;
    DeepEstimator deep = estimator().deepEstimator();
    long t1 = System.nanoTime();
    RatingModel m =
        sc == null
            ? deep.fit(in, ProgressListener.NONE)
            : new SparkDeepEstimator(sc, deep, blocks).fit(in, ProgressListener.NONE);
    String engine = sc == null ? "single-machine" : "spark " + sc.master();
    return figures(
        engine, c, in.train().size(), load, (System.nanoTime() - t1) * 1e-9, m.summary());
  }

  /**
   * Trains the Spark ML estimator ({@link DeepFactorization}) on a DataFrame read from {@code
   * frame} (a local Parquet folder with columns user, item, rating), written from the instance
   * first when absent: the path of a Spark user, from the file to the model.
   *
   * @param spark the session
   * @param frame a Parquet path
   * @param blocks partitions of Ω per side (0 = default parallelism)
   * @return the figures by name
   */
  public Map<String, Object> runFrame(SparkSession spark, String frame, int blocks) {
    if (!Files.exists(Path.of(frame))) {
      writeFrame(spark, readInstance(), frame);
    }
    long t0 = System.nanoTime();
    Dataset<Row> df = spark.read().parquet(frame);
    DeepFactorization est = estimator().setNumBlocks(blocks);
    DeepFactorizationModel m = est.fit(df);
    double fit = (System.nanoTime() - t0) * 1e-9;
    RatingModel r = m.ratingModel();
    long train = 0;
    for (int n : r.userCounts()) {
      train += n;
    }
    return figures(
        "spark ML estimator " + spark.sparkContext().master(),
        r.users().size(),
        r.items().size(),
        train,
        0,
        fit,
        m.summary());
  }

  /** The estimator of this bench: its model, a fixed number of iterations, one check at the end. */
  private DeepFactorization estimator() {
    return new DeepFactorization()
        .setDepth(depth)
        .setWidth(width)
        .setPrecision(precision.label())
        .setMaxIter(iterations)
        .setEvalEvery(iterations)
        .setPatience(1000)
        .setValidationFraction(validationFraction);
  }

  private Map<String, Object> figures(
      String engine, CompletionProblem c, long train, double load, double fit, FitSummary s) {
    return figures(engine, c.rows(), c.cols(), train, load, fit, s);
  }

  private Map<String, Object> figures(
      String engine, int rows, int cols, long train, double load, double fit, FitSummary s) {
    List<Map<String, Object>> h = s.history();
    double first = ((Number) h.get(0).get("seconds")).doubleValue();
    double last = ((Number) h.get(h.size() - 1).get("seconds")).doubleValue();
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("engine", engine);
    out.put("rows", rows);
    out.put("cols", cols);
    out.put("train_ratings", train);
    out.put("depth", depth);
    out.put("width", width);
    out.put("precision", precision.label());
    out.put("iterations", s.iterations());
    out.put("load_seconds", load);
    out.put("setup_seconds", fit - (last - first));
    out.put("sec_per_iter", (last - first) / iterations);
    out.put("validation_rmse", s.validationRmse());
    out.put("peak_heap_bytes", peakHeap());
    out.put("peak_rss_bytes", ProcStatus.bytes("VmHWM").orElse(-1L));
    return out;
  }

  private CompletionProblem readInstance() {
    Problem p = Instances.read(instance);
    if (!(p instanceof CompletionProblem c)) {
      throw new UserInputException(instance + " is not a completion instance");
    }
    return c;
  }

  /** The instance as Parquet (user, item, rating), rows made on the executors. */
  private static void writeFrame(SparkSession spark, CompletionProblem c, String frame) {
    JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    double[] v = c.values();
    float[] r = new float[v.length];
    for (int k = 0; k < r.length; k++) {
      r[k] = (float) v[k];
    }
    Broadcast<Object[]> data = sc.broadcast(new Object[] {c.rowIdx(), c.colIdx(), r});
    int parts = 16;
    List<Integer> ids = new ArrayList<>();
    for (int p = 0; p < parts; p++) {
      ids.add(p);
    }
    JavaRDD<Row> rows =
        sc.parallelize(ids, parts)
            .flatMap(
                p -> {
                  int[] us = (int[]) data.value()[0];
                  int[] is = (int[]) data.value()[1];
                  float[] rs = (float[]) data.value()[2];
                  int from = (int) ((long) rs.length * p / parts);
                  int to = (int) ((long) rs.length * (p + 1) / parts);
                  List<Row> out = new ArrayList<>(to - from);
                  for (int k = from; k < to; k++) {
                    out.add(RowFactory.create((long) us[k], (long) is[k], rs[k]));
                  }
                  return out.iterator();
                });
    StructType schema =
        new StructType()
            .add("user", DataTypes.LongType)
            .add("item", DataTypes.LongType)
            .add("rating", DataTypes.FloatType);
    spark.createDataFrame(rows, schema).write().parquet(frame);
    data.destroy();
  }

  /** The instance's entries as ratings with integer ids equal to their indices. */
  static FitInput input(CompletionProblem c, double validationFraction) {
    double[] v = c.values();
    float[] r = new float[v.length];
    for (int k = 0; k < r.length; k++) {
      r[k] = (float) v[k];
    }
    RatingsTable t =
        new RatingsTable(
            null,
            IdIndex.ofNumbers(range(c.rows())),
            IdIndex.ofNumbers(range(c.cols())),
            c.rowIdx(),
            c.colIdx(),
            r,
            null,
            ReadCounts.NONE);
    Split s = Splits.none(t, validationFraction, 0);
    return s.fitInput(RatingRange.of(s.train()), ColdStart.DROP, null);
  }

  private static long[] range(int n) {
    long[] ids = new long[n];
    for (int k = 0; k < n; k++) {
      ids[k] = k;
    }
    return ids;
  }

  /** The sum of the heap pools' peaks since the JVM started. */
  private static long peakHeap() {
    long sum = 0;
    for (MemoryPoolMXBean b : ManagementFactory.getMemoryPoolMXBeans()) {
      if (b.getType() == MemoryType.HEAP) {
        sum += b.getPeakUsage().getUsed();
      }
    }
    return sum;
  }
}
