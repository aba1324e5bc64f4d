package dmf.spark.ml;

import dmf.io.data.Ratings;
import dmf.io.data.RatingsTable;
import dmf.problem.CompletionProblem;
import dmf.problem.RatingsGenerator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/** Small synthetic rating sets, as a core table and as a DataFrame with the same rows in order. */
record Synthetic(long[] users, long[] items, float[] ratings) {

  /**
   * @param users users
   * @param items items
   * @param n ratings
   * @param seed the generator's seed
   * @return ratings of a planted rank-3 matrix plus noise around 3.5; ids are 10·index + 7
   */
  static Synthetic of(int users, int items, int n, long seed) {
    CompletionProblem p =
        RatingsGenerator.generate(
            RatingsGenerator.TABLE.resolve(
                Map.of("users", users, "items", items, "ratings", n, "rank", 3, "seed", seed)));
    long[] u = new long[p.observationCount()];
    long[] i = new long[u.length];
    float[] r = new float[u.length];
    for (int k = 0; k < u.length; k++) {
      u[k] = 10L * p.rowIdx()[k] + 7;
      i[k] = 10L * p.colIdx()[k] + 7;
      r[k] = (float) p.values()[k];
    }
    return new Synthetic(u, i, r);
  }

  RatingsTable table() {
    return Ratings.ofIds(users, items, ratings, null);
  }

  Dataset<Row> frame(SparkSession spark, int partitions) {
    List<Row> rows = new ArrayList<>();
    for (int k = 0; k < ratings.length; k++) {
      rows.add(RowFactory.create((int) users[k], items[k], (double) ratings[k]));
    }
    StructType schema =
        new StructType()
            .add("user", DataTypes.IntegerType)
            .add("item", DataTypes.LongType)
            .add("rating", DataTypes.DoubleType);
    return spark.createDataFrame(rows, schema).coalesce(partitions);
  }
}
