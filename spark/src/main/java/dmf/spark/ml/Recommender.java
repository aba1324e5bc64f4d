package dmf.spark.ml;

import dmf.ratings.Ranking;
import dmf.ratings.RatingModel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.HashPartitioner;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import scala.Tuple2;

/**
 * Top-k lists for every user (items) or every item (users), computed on the executors: the sources
 * are spread over partitions by index (source s in partition s mod P), each task scores every
 * candidate with the broadcast model and keeps the k best by the unclipped score, ties to the lower
 * index. Sources and candidates are the users and items with training ratings. Nothing is left out
 * unless pairs to exclude are given (for example the training data).
 */
final class Recommender {
  private Recommender() {}

  /**
   * @param spark the session
   * @param model the broadcast model
   * @param forUsers whether the sources are users (else items)
   * @param k list length, at least 1
   * @param exclude (source index, candidate index) pairs to leave out, or null
   * @param sourceCol the output's source column name
   * @param candidateCol the name of the candidate field inside each recommendation
   * @return one row per source: (source id, recommendations: array of (candidate id, rating))
   */
  static Dataset<Row> topK(
      SparkSession spark,
      Broadcast<ModelData> model,
      boolean forUsers,
      int k,
      JavaPairRDD<Integer, Integer> exclude,
      String sourceCol,
      String candidateCol) {
    JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    int parts = sc.defaultParallelism();
    JavaRDD<Row> rows;
    if (exclude == null) {
      List<Integer> ids = new ArrayList<>();
      for (int p = 0; p < parts; p++) {
        ids.add(p);
      }
      rows =
          sc.parallelize(ids, parts)
              .mapPartitionsWithIndex(
                  (p, it) -> lists(model.value(), forUsers, k, p, parts, Map.of()), false);
    } else {
      rows =
          exclude
              .partitionBy(new HashPartitioner(parts))
              .mapPartitionsWithIndex(
                  (p, it) -> lists(model.value(), forUsers, k, p, parts, grouped(it)), false);
    }
    StructType rec =
        new StructType()
            .add(candidateCol, DataTypes.LongType, false)
            .add("rating", DataTypes.DoubleType, false);
    StructType schema =
        new StructType()
            .add(sourceCol, DataTypes.LongType, false)
            .add("recommendations", DataTypes.createArrayType(rec, false), false);
    return spark.createDataFrame(rows, schema);
  }

  private static Map<Integer, int[]> grouped(Iterator<Tuple2<Integer, Integer>> it) {
    Map<Integer, List<Integer>> m = new HashMap<>();
    it.forEachRemaining(t -> m.computeIfAbsent(t._1(), x -> new ArrayList<>()).add(t._2()));
    Map<Integer, int[]> out = new HashMap<>();
    m.forEach((s, l) -> out.put(s, l.stream().mapToInt(Integer::intValue).toArray()));
    return out;
  }

  /** The lists of the sources of partition p. */
  private static Iterator<Row> lists(
      ModelData d, boolean forUsers, int k, int p, int parts, Map<Integer, int[]> exclude) {
    RatingModel m = d.model();
    int[] sourceCounts = forUsers ? m.userCounts() : m.itemCounts();
    int[] candidateCounts = forUsers ? m.itemCounts() : m.userCounts();
    long[] sourceIds = forUsers ? d.userIds : d.itemIds;
    long[] candidateIds = forUsers ? d.itemIds : d.userIds;
    double[] scores = new double[candidateCounts.length];
    int[] top = new int[k];
    List<Row> out = new ArrayList<>();
    for (int s = p; s < sourceCounts.length; s += parts) {
      if (sourceCounts[s] == 0) {
        continue;
      }
      if (forUsers) {
        m.scores(s, scores);
      } else {
        for (int u = 0; u < scores.length; u++) {
          scores[u] = candidateCounts[u] > 0 ? m.score(u, s) : Double.NEGATIVE_INFINITY;
        }
      }
      for (int c : exclude.getOrDefault(s, new int[0])) {
        scores[c] = Double.NEGATIVE_INFINITY;
      }
      Arrays.fill(top, 0);
      int got = Ranking.topK(scores, top);
      Row[] recs = new Row[got];
      for (int r = 0; r < got; r++) {
        recs[r] = RowFactory.create(candidateIds[top[r]], scores[top[r]]);
      }
      out.add(RowFactory.create(sourceIds[s], recs));
    }
    return out.iterator();
  }
}
