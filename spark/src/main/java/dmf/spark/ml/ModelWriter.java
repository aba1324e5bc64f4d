package dmf.spark.ml;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.ml.util.DefaultParamsWriter$;
import org.apache.spark.ml.util.MLWriter;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Saves a {@link DeepFactorizationModel} as MLlib saves its models: the parameters in {@code
 * metadata/} (Spark's JSON), the data as Parquet: {@code model/} (one row: method, μ, rating range,
 * how the fit went), {@code users/} and {@code items/} (index, id, bias, training count) and {@code
 * factors/} (A_1..A_N in pieces of their column-major values). Every number is stored as it is, so
 * the loaded model predicts the same bits.
 */
final class ModelWriter extends MLWriter {
  /** Values per stored piece of a factor. */
  static final int PIECE = 1 << 16;

  static final StructType MODEL =
      new StructType()
          .add("method", DataTypes.StringType)
          .add("mean", DataTypes.DoubleType)
          .add("min", DataTypes.DoubleType)
          .add("max", DataTypes.DoubleType)
          .add("stop_reason", DataTypes.StringType)
          .add("iterations", DataTypes.LongType)
          .add("best_iteration", DataTypes.LongType)
          .add("seconds", DataTypes.DoubleType)
          .add("validation_rmse", DataTypes.DoubleType);

  static final StructType IDS =
      new StructType()
          .add("index", DataTypes.IntegerType)
          .add("id", DataTypes.LongType)
          .add("bias", DataTypes.DoubleType)
          .add("count", DataTypes.IntegerType);

  static final StructType FACTORS =
      new StructType()
          .add("factor", DataTypes.IntegerType)
          .add("rows", DataTypes.IntegerType)
          .add("cols", DataTypes.IntegerType)
          .add("piece", DataTypes.IntegerType)
          .add("values", DataTypes.createArrayType(DataTypes.DoubleType, false));

  private final DeepFactorizationModel model;

  ModelWriter(DeepFactorizationModel model) {
    this.model = model;
  }

  @Override
  public void saveImpl(String path) {
    SparkSession spark = sparkSession();
    DefaultParamsWriter$.MODULE$.saveMetadata(model, path, spark);
    ModelData d = model.data();
    write(
        spark,
        List.of(
            RowFactory.create(
                d.method,
                d.mean,
                d.min,
                d.max,
                d.stopReason,
                d.iterations,
                d.bestIteration,
                d.seconds,
                d.validationRmse)),
        MODEL,
        path + "/model");
    write(spark, ids(d.userIds, d.userBias, d.userCounts), IDS, path + "/users");
    write(spark, ids(d.itemIds, d.itemBias, d.itemCounts), IDS, path + "/items");
    List<Row> pieces = new ArrayList<>();
    for (int j = 0; j < d.factors.length; j++) {
      double[] v = d.factors[j];
      for (int p = 0; p * PIECE < v.length || p == 0 && v.length == 0; p++) {
        int from = p * PIECE;
        pieces.add(
            RowFactory.create(
                j,
                d.shapes[j][0],
                d.shapes[j][1],
                p,
                Arrays.copyOfRange(v, from, Math.min(v.length, from + PIECE))));
      }
    }
    write(spark, pieces, FACTORS, path + "/factors");
  }

  private static List<Row> ids(long[] ids, double[] bias, int[] counts) {
    List<Row> rows = new ArrayList<>(ids.length);
    for (int k = 0; k < ids.length; k++) {
      rows.add(RowFactory.create(k, ids[k], bias[k], counts[k]));
    }
    return rows;
  }

  private static void write(SparkSession spark, List<Row> rows, StructType schema, String path) {
    spark.createDataFrame(rows, schema).write().parquet(path);
  }
}
